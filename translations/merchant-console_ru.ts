<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApprovalFollower</name>
    <message>
        <source>Approved by %1 at %2; being sent now.</source>
        <translation>Одобрено: %1, %2; выплата отправляется.</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Выплата одобрена</translation>
    </message>
    <message>
        <source>Payout of order %1 approved by %2</source>
        <translation>Выплату по заказу %1 одобрил(а) %2</translation>
    </message>
    <message>
        <source>Approved by %1 and sent at %2.</source>
        <translation>Одобрено: %1; отправлено %2.</translation>
    </message>
    <message>
        <source>Payout sent</source>
        <translation>Выплата отправлена</translation>
    </message>
    <message>
        <source>Payout of order %1 approved by %2 and sent: %3</source>
        <translation>Выплату по заказу %1 одобрил(а) %2, она отправлена: %3</translation>
    </message>
    <message>
        <source>Rejected by %1: not sent</source>
        <translation>Отклонено (%1): не отправлено</translation>
    </message>
    <message>
        <source>Payout of %1 %2 to %3, order %4: rejected at %5 (%6). Nothing was sent.</source>
        <translation>Выплата %1 %2 на %3, заказ %4: отклонена %5 (%6). Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>Выплата отклонена</translation>
    </message>
    <message>
        <source>Payout of order %1 rejected by %2: %3</source>
        <translation>Выплату по заказу %1 отклонил(а) %2: %3</translation>
    </message>
    <message>
        <source>Expired unapproved: not sent</source>
        <translation>Срок истёк без одобрения: не отправлено</translation>
    </message>
    <message>
        <source>Nobody approved the payout of order %1 in time. Nothing was sent.</source>
        <translation>Выплату по заказу %1 никто не одобрил вовремя. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Payout expired</source>
        <translation>Срок выплаты истёк</translation>
    </message>
    <message>
        <source>Payout of order %1 expired unapproved</source>
        <translation>Выплата по заказу %1 не одобрена в срок</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
    <message>
        <source>A limit is an amount of 0 or more.</source>
        <translation>Лимит — сумма от 0 и больше.</translation>
    </message>
    <message>
        <source>approval above %1, daily limit %2</source>
        <translation>одобрение свыше %1, дневной лимит %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <source>%1 is above the team&apos;s approval limit of %2</source>
        <translation>%1 — больше лимита команды без одобрения (%2)</translation>
    </message>
    <message>
        <source>%1 paid out today plus %2 is above the daily limit of %3</source>
        <translation>выплачено сегодня %1, с этой выплатой %2 — больше дневного лимита %3</translation>
    </message>
    <message>
        <source>Cannot seal the card number (OpenSSL); nothing was journalled or sent.</source>
        <translation>Не удаётся зашифровать номер карты (OpenSSL); ничего не записано в журнал и не отправлено.</translation>
    </message>
    <message>
        <source>withdrawal of order %1 (merchant %2) already waits for approval as request %3 of %4; nothing was sent</source>
        <translation>выплата по заказу %1 (мерчант %2) уже ждёт одобрения как запрос %3 от %4; ничего не отправлено</translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation>Не удаётся записать в журнал: %1</translation>
    </message>
    <message>
        <source>no approval request %1</source>
        <translation>нет запроса на одобрение %1</translation>
    </message>
    <message>
        <source>request %1 was already approved by %2 and sent; nothing was sent now</source>
        <translation>запрос %1 уже одобрил %2, и он отправлен; сейчас ничего не отправлено</translation>
    </message>
    <message>
        <source>request %1 was rejected by %2 (%3); nothing was sent</source>
        <translation>запрос %1 отклонил %2 (%3); ничего не отправлено</translation>
    </message>
    <message numerus="yes">
        <source>request %1 expired unapproved after %n hours; nothing was sent</source>
        <translation>
            <numerusform>срок запроса %1 истёк без одобрения через %n час; ничего не отправлено</numerusform>
            <numerusform>срок запроса %1 истёк без одобрения через %n часа; ничего не отправлено</numerusform>
            <numerusform>срок запроса %1 истёк без одобрения через %n часов; ничего не отправлено</numerusform>
        </translation>
    </message>
    <message>
        <source>request %1 was already approved by %2; nothing was sent now</source>
        <translation>запрос %1 уже одобрил %2; сейчас ничего не отправлено</translation>
    </message>
    <message>
        <source>%1 requested %2 and cannot approve it: another operator must</source>
        <translation>%1 создал запрос %2 и не может его одобрить: одобрить должен другой оператор</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>одобрил %1</translation>
    </message>
    <message>
        <source>request %1 was decided by %2 meanwhile; nothing was sent now</source>
        <translation>тем временем по запросу %1 решение принял %2; сейчас ничего не отправлено</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>для отказа нужна причина</translation>
    </message>
    <message>
        <source>request %1 is %2 already; nothing changed</source>
        <translation>запрос %1 уже в состоянии %2; ничего не изменено</translation>
    </message>
    <message>
        <source>the sealed card number of request %1 is gone; nothing was sent</source>
        <translation>зашифрованного номера карты для запроса %1 больше нет; ничего не отправлено</translation>
    </message>
    <message>
        <source>the card number of request %1 cannot be unsealed with this profile&apos;s secret (another merchant&apos;s secret, or the row was changed); nothing was sent</source>
        <translation>номер карты запроса %1 не расшифровывается секретным ключом этого профиля (ключ другого мерчанта или строка изменена); ничего не отправлено</translation>
    </message>
    <message>
        <source>Cannot erase settled card numbers: %1</source>
        <translation>Не удаётся стереть номера карт завершённых запросов: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a request id (a whole number above 0)</source>
        <translation>«%1» — не номер запроса (целое число больше 0)</translation>
    </message>
    <message>
        <source>approvals approve wants the request&apos;s id (see approvals list)</source>
        <translation>approvals approve ждёт номер запроса (см. approvals list)</translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the console&apos;s own file).</source>
        <translation>Журнал: sqlite:///путь/файл.db, путь или postgresql://user@host:port/db (по умолчанию — собственный файл консоли).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SQLite journals only (a one-person dry run): act as NAME instead of the login name.</source>
        <translation>Только для журналов SQLite (проба для одного человека): действовать как ИМЯ вместо имени входа.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>One JSON object a line.</source>
        <translation>По одному объекту JSON в строке.</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>Причина отказа.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Lists the payouts awaiting approval, oldest first.</source>
        <translation>Показывает выплаты, ждущие одобрения, начиная со старых.</translation>
    </message>
    <message>
        <source>Rejects a payout awaiting approval: it is never sent, and its sealed card number is erased.</source>
        <translation>Отклоняет выплату, ждущую одобрения: она не будет отправлена, зашифрованный номер карты стирается.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation>Номер запроса.</translation>
    </message>
    <message>
        <source>Payouts above the team&apos;s policy wait for a second operator.</source>
        <translation>Выплаты сверх правил команды ждут второго оператора.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>list, approve or reject (see COMMAND --help)</source>
        <translation>list, approve или reject (см. COMMAND --help)</translation>
    </message>
    <message>
        <source>approvals wants list, approve or reject</source>
        <translation>approvals ждёт list, approve или reject</translation>
    </message>
    <message>
        <source>unknown approvals command &apos;%1&apos;</source>
        <translation>неизвестная команда approvals «%1»</translation>
    </message>
    <message>
        <source>approvals reject wants one request id</source>
        <translation>approvals reject ждёт один номер запроса</translation>
    </message>
    <message>
        <source>approvals reject wants --reason TEXT</source>
        <translation>approvals reject ждёт --reason TEXT</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>request %1 rejected; nothing was sent</source>
        <translation>запрос %1 отклонён; ничего не отправлено</translation>
    </message>
    <message>
        <source>SQLite journals only (a one-person dry run): hold ROLE alone (viewer, operator, approver or owner).</source>
        <translation>Только для журналов SQLite (проба для одного человека): иметь только РОЛЬ (viewer, operator, approver или owner).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>--role wants viewer, operator, approver or owner, not &apos;%1&apos;</source>
        <translation>--role ждёт viewer, operator, approver или owner, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>approvals %1 needs the %2 role: %3; nothing was changed</source>
        <translation>approvals %1 требует роли %2: %3; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Payouts and refunds above the team&apos;s limit wait here for a second operator. The requester cannot approve their own.</source>
        <translation>Выплаты и возвраты сверх лимита команды ждут здесь второго оператора. Свой запрос одобрить нельзя.</translation>
    </message>
    <message>
        <source>Payouts awaiting approval</source>
        <translation>Выплаты, ждущие одобрения</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Кто просит</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Rea&amp;son for rejecting:</source>
        <translation>При&amp;чина отказа:</translation>
    </message>
    <message>
        <source>&amp;Approve and send</source>
        <translation>&amp;Одобрить и отправить</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>От&amp;клонить</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Request %1: the profile&apos;s secret is not loaded; nothing was approved or sent.</source>
        <translation>Запрос %1: секретный ключ профиля не загружен; ничего не одобрено и не отправлено.</translation>
    </message>
    <message>
        <source>Approving request %1…</source>
        <translation>Одобрение запроса %1…</translation>
    </message>
    <message>
        <source>Request %1 approved; sending…</source>
        <translation>Запрос %1 одобрен; отправка…</translation>
    </message>
    <message>
        <source>Request %1 rejected; it will never be sent.</source>
        <translation>Запрос %1 отклонён; он не будет отправлен.</translation>
    </message>
    <message>
        <source>You asked for this payout: another operator approves it.</source>
        <translation>Этот запрос ваш: одобряет другой оператор.</translation>
    </message>
    <message>
        <source>Request %1: cancelled — nothing was approved or sent.</source>
        <translation>Запрос %1: отменено — ничего не одобрено и не отправлено.</translation>
    </message>
    <message>
        <source>Request %1: approved and sent — %2 (requested by %3).</source>
        <translation>Запрос %1: одобрен и отправлен — %2 (запросил(а) %3).</translation>
    </message>
    <message>
        <source>Request %1: approved, not sent — %2</source>
        <translation>Запрос %1: одобрен, но не отправлен — %2</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>%1 rows done, %2 failed</source>
        <translation>строк обработано: %1, с ошибкой: %2</translation>
    </message>
    <message>
        <source>rate limits: %1 rows asked again after the gateway&apos;s Retry-After, %2 retries in all</source>
        <translation>ограничение частоты: строк, запрошенных повторно после Retry-After шлюза: %1, повторов всего: %2</translation>
    </message>
</context>
<context>
    <name>CallResult</name>
    <message>
        <source>Refused by the gateway</source>
        <translation>Отклонено шлюзом</translation>
    </message>
    <message>
        <source>Request error (HTTP 400)</source>
        <translation>Ошибка в запросе (HTTP 400)</translation>
    </message>
    <message>
        <source>Gateway internal error (HTTP 500)</source>
        <translation>Внутренняя ошибка шлюза (HTTP 500)</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation>Неожиданный HTTP-статус %1</translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation>Ответ не удалось прочитать</translation>
    </message>
    <message>
        <source>Not sent: the gateway could not be reached</source>
        <translation>Не отправлено: шлюз недоступен</translation>
    </message>
    <message>
        <source>Not sent: secure connection failed</source>
        <translation>Не отправлено: не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Исход неизвестен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Not sent: no secret for this profile</source>
        <translation>Не отправлено: для профиля не задан секретный ключ</translation>
    </message>
    <message>
        <source>Not sent: the journal could not record the request</source>
        <translation>Не отправлено: журнал не смог записать запрос</translation>
    </message>
    <message>
        <source>Not sent: the request is not valid</source>
        <translation>Не отправлено: запрос заполнен неверно</translation>
    </message>
    <message>
        <source>Not sent: this order was already sent</source>
        <translation>Не отправлено: этот заказ уже отправляли</translation>
    </message>
    <message>
        <source>Waiting for approval as request %1: not sent yet</source>
        <translation>Ждёт одобрения как запрос %1: пока не отправлено</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
</context>
<context>
    <name>CardInput</name>
    <message>
        <source>--card -: standard input holds more than a card; nothing was sent</source>
        <translation>--card -: на стандартном вводе больше, чем данные карты; ничего не отправлено</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>--card: cannot read %1: %2; nothing was sent</source>
        <translation>--card: не удаётся прочитать %1: %2; ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: %1 is not a file; nothing was sent</source>
        <translation>--card: %1 — не файл; ничего не отправлено</translation>
    </message>
    <message>
        <source>warning: the card file %1 can be read by other users; make it yours alone (chmod 600) or give the card with --card -</source>
        <translation>предупреждение: файл карты %1 могут читать другие пользователи; оставьте его только себе (chmod 600) или передайте карту через --card -</translation>
    </message>
    <message>
        <source>--card: %1 holds more than a card; nothing was sent</source>
        <translation>--card: в %1 больше, чем данные карты; ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: line %1 of %2 is not KEY=VALUE; nothing was sent</source>
        <translation>--card: строка %1 в %2 — не КЛЮЧ=ЗНАЧЕНИЕ; ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: line %1 of %2 is not a card field (%3); nothing was sent</source>
        <translation>--card: строка %1 в %2 — не поле карты (%3); ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: &apos;%1&apos; on line %2 of %3 is not a card field (%4); nothing was sent</source>
        <translation>--card: «%1» в строке %2 в %3 — не поле карты (%4); ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: %1 is given twice in %2; nothing was sent</source>
        <translation>--card: %1 указано в %2 дважды; ничего не отправлено</translation>
    </message>
    <message>
        <source>--card: %1 holds no card field (%2); nothing was sent</source>
        <translation>--card: в %1 нет ни одного поля карты (%2); ничего не отправлено</translation>
    </message>
    <message>
        <source>--card -: the card was not finished; nothing was sent</source>
        <translation>--card -: ввод карты не завершён; ничего не отправлено</translation>
    </message>
    <message>
        <source>--card -: no card field was given; nothing was sent</source>
        <translation>--card -: не введено ни одного поля карты; ничего не отправлено</translation>
    </message>
</context>
<context>
    <name>ChainAlarmBanner</name>
    <message>
        <source>Journal chain alarm</source>
        <translation>Тревога: цепочка журнала</translation>
    </message>
    <message>
        <source>&lt;b&gt;The journal&apos;s chain is broken at entry %1&lt;/b&gt;: %2. An entry was changed, removed or reordered behind the journal&apos;s back; its facts (amount, card, outcome) cannot be trusted. This stays until the journal verifies again. &lt;a href=&apos;entry&apos;&gt;Show entry %1&lt;/a&gt;</source>
        <translation>&lt;b&gt;Цепочка журнала нарушена на записи %1&lt;/b&gt;: %2. Запись изменили, удалили или переставили в обход журнала; её данным (сумма, карта, исход) доверять нельзя. Предупреждение останется, пока журнал снова не пройдёт проверку. &lt;a href=&apos;entry&apos;&gt;Показать запись %1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ChainWatch</name>
    <message>
        <source>the journal is not open</source>
        <translation>журнал не открыт</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Signed calls to the Client Payment API.</source>
        <translation>Подписанные запросы к Client Payment API.</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; see --help</source>
        <translation>неизвестная команда «%1»; см. --help</translation>
    </message>
    <message>
        <source>Request path, e.g. /init.</source>
        <translation>Путь запроса, например /init.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>HTTP method.</source>
        <translation>HTTP-метод.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>МЕТОД</translation>
    </message>
    <message>
        <source>Request fields.</source>
        <translation>Поля запроса.</translation>
    </message>
    <message>
        <source>--endpoint and --method are required</source>
        <translation>нужны --endpoint и --method</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>«%1» — не в виде КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>VERB</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Prints the canonical payload that a request&apos;s signature covers.</source>
        <translation>Печатает каноническую строку, которую покрывает подпись запроса.</translation>
    </message>
    <message>
        <source>Prints the signature of a request.</source>
        <translation>Печатает подпись запроса.</translation>
    </message>
    <message>
        <source>init, status, balance, withdraw, refund, withdrawal-status, sign, canonical, verify, listen, secret, journal, approvals, reconcile (see VERB --help)</source>
        <translation>init, status, balance, withdraw, refund, withdrawal-status, sign, canonical, verify, listen, secret, journal, approvals, reconcile (см. VERB --help)</translation>
    </message>
</context>
<context>
    <name>ClientPayment::FieldValidator</name>
    <message>
        <source>Enter the amount as digits with an optional decimal point, e.g. 10.50.</source>
        <translation>Введите сумму цифрами, при необходимости с десятичной точкой, например 10.50.</translation>
    </message>
    <message>
        <source>The amount must not start with a zero.</source>
        <translation>Сумма не может начинаться с нуля.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <source>The amount can have at most 2 digits after the decimal point.</source>
        <translation>В сумме не больше 2 знаков после точки.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The card number must contain digits only.</source>
        <translation>Номер карты состоит только из цифр.</translation>
    </message>
    <message>
        <source>The card number must have 13 to 19 digits.</source>
        <translation>В номере карты от 13 до 19 цифр.</translation>
    </message>
    <message>
        <source>The card number is mistyped: its check digit is wrong.</source>
        <translation>Номер карты введён с ошибкой: не сходится контрольная цифра.</translation>
    </message>
    <message>
        <source>Enter the month as two digits, 01 to 12.</source>
        <translation>Введите месяц двумя цифрами, от 01 до 12.</translation>
    </message>
    <message>
        <source>Enter the year as two digits, e.g. 27.</source>
        <translation>Введите год двумя цифрами, например 27.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>Срок действия карты истёк.</translation>
    </message>
    <message>
        <source>The CVC is 3 or 4 digits.</source>
        <translation>CVC — это 3 или 4 цифры.</translation>
    </message>
    <message>
        <source>The language is ru or en.</source>
        <translation>Язык — ru или en.</translation>
    </message>
    <message>
        <source>The currency is three capital letters, e.g. RUB.</source>
        <translation>Валюта — три заглавные латинские буквы, например RUB.</translation>
    </message>
    <message>
        <source>The lifetime is a whole number of seconds.</source>
        <translation>Срок жизни — целое число секунд.</translation>
    </message>
    <message>
        <source>The lifetime is 1 to 2592000 seconds (30 days).</source>
        <translation>Срок жизни — от 1 до 2592000 секунд (30 дней).</translation>
    </message>
    <message>
        <source>The challenge window size is 01 to 05.</source>
        <translation>Размер окна проверки — от 01 до 05.</translation>
    </message>
    <message>
        <source>Enter a positive whole number.</source>
        <translation>Введите целое положительное число.</translation>
    </message>
    <message>
        <source>The order number is required.</source>
        <translation>Укажите номер заказа.</translation>
    </message>
    <message>
        <source>The order number is longer than 255 characters.</source>
        <translation>Номер заказа длиннее 255 символов.</translation>
    </message>
    <message>
        <source>The order number contains a control character.</source>
        <translation>В номере заказа есть управляющий символ.</translation>
    </message>
    <message>
        <source>The order number starts or ends with a space.</source>
        <translation>Номер заказа начинается или заканчивается пробелом.</translation>
    </message>
    <message>
        <source>Enter an absolute http or https URL.</source>
        <translation>Введите полный адрес http или https.</translation>
    </message>
    <message>
        <source>The device channel is BRW.</source>
        <translation>Канал устройства — BRW.</translation>
    </message>
    <message>
        <source>Enter an IPv4 or IPv6 address.</source>
        <translation>Введите адрес IPv4 или IPv6.</translation>
    </message>
    <message>
        <source>Java enabled is true or false.</source>
        <translation>«Java включена» — true или false.</translation>
    </message>
    <message>
        <source>The colour depth is one of 1, 4, 8, 15, 16, 24, 30, 32 or 48.</source>
        <translation>Глубина цвета — одно из значений 1, 4, 8, 15, 16, 24, 30, 32 или 48.</translation>
    </message>
    <message>
        <source>The screen size is 1 to 99999 pixels.</source>
        <translation>Размер экрана — от 1 до 99999 пикселей.</translation>
    </message>
    <message>
        <source>The time zone is minutes from UTC, -720 to 840.</source>
        <translation>Часовой пояс — смещение от UTC в минутах, от -720 до 840.</translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayClient</name>
    <message>
        <source>The gateway URL must be an absolute https URL.</source>
        <translation>Адрес шлюза должен быть полным адресом https.</translation>
    </message>
    <message>
        <source>The gateway URL must not contain a user name or password.</source>
        <translation>В адресе шлюза не должно быть имени пользователя или пароля.</translation>
    </message>
    <message>
        <source>The gateway URL must not contain a query or fragment.</source>
        <translation>В адресе шлюза не должно быть параметров запроса или фрагмента.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this machine (loopback); use https for %1.</source>
        <translation>Обычный http разрешён только на этом компьютере (loopback); для %1 используйте https.</translation>
    </message>
    <message>
        <source>The gateway URL must be an https URL.</source>
        <translation>Адрес шлюза должен начинаться с https.</translation>
    </message>
    <message>
        <source>No secret is set: calls cannot be signed.</source>
        <translation>Секретный ключ не задан: запросы нечем подписать.</translation>
    </message>
    <message>
        <source>No network access manager is set.</source>
        <translation>Не задан менеджер сетевого доступа.</translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayError</name>
    <message>
        <source>no error</source>
        <translation>нет ошибки</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>ошибка проверки</translation>
    </message>
    <message>
        <source>gateway refusal</source>
        <translation>отказ шлюза</translation>
    </message>
    <message>
        <source>gateway failure</source>
        <translation>сбой шлюза</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>сетевая ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>The request may have reached the gateway: check its status before trying again.</source>
        <translation>Запрос мог дойти до шлюза: прежде чем повторять, проверьте его статус.</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Ошибки нет.</translation>
    </message>
    <message>
        <source>The gateway refused the connection.</source>
        <translation>Шлюз отказал в соединении.</translation>
    </message>
    <message>
        <source>The gateway closed the connection before answering.</source>
        <translation>Шлюз закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The gateway&apos;s host name was not found.</source>
        <translation>Имя хоста шлюза не найдено.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>Шлюз не ответил вовремя.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The secure connection to the gateway failed (TLS).</source>
        <translation>Не удалось установить защищённое соединение со шлюзом (TLS).</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <source>Background requests are not allowed.</source>
        <translation>Фоновые запросы запрещены.</translation>
    </message>
    <message>
        <source>The gateway redirected the call, which is never followed.</source>
        <translation>Шлюз ответил перенаправлением, а по перенаправлениям запросы не отправляются.</translation>
    </message>
    <message>
        <source>The proxy failed.</source>
        <translation>Ошибка прокси-сервера.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent; it was not sent again.</source>
        <translation>Соединение оборвалось после отправки запроса; повторно он не отправлялся.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer broke the HTTP protocol.</source>
        <translation>Ответ шлюза нарушает протокол HTTP.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Произошла сетевая ошибка.</translation>
    </message>
    <message>
        <source>The network call failed (error %1).</source>
        <translation>Сетевой запрос не удался (ошибка %1).</translation>
    </message>
    <message>
        <source>The request is not valid; nothing was sent.</source>
        <translation>Запрос заполнен неверно; ничего не отправлено.</translation>
    </message>
    <message>
        <source>The gateway refused the request.</source>
        <translation>Шлюз отклонил запрос.</translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayReply</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Менеджер сетевого доступа уже удалён.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is larger than %1 bytes; it was not read.</source>
        <translation>Ответ шлюза больше %1 байт; он не прочитан.</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation>Шлюз не ответил за %1 с.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a JSON object.</source>
        <translation>Ответ шлюза — не объект JSON.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer has no status.</source>
        <translation>В ответе шлюза нет статуса.</translation>
    </message>
    <message>
        <source>The gateway answered with a redirect (HTTP %1), which is never followed.</source>
        <translation>Шлюз ответил перенаправлением (HTTP %1), а по перенаправлениям запросы не отправляются.</translation>
    </message>
    <message>
        <source>The gateway had an internal error (HTTP 500).</source>
        <translation>Во шлюзе произошла внутренняя ошибка (HTTP 500).</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP status %1.</source>
        <translation>Шлюз ответил HTTP-статусом %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s automatic resend was refused so that the request is not sent twice.</source>
        <translation>Автоматический повтор Qt отклонён, чтобы запрос не ушёл дважды.</translation>
    </message>
</context>
<context>
    <name>ClientPayment::RequestFieldChecks</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
</context>
<context>
    <name>ClientPayment::WebhookListener</name>
    <message>
        <source>The listener is already listening.</source>
        <translation>Приёмник уже запущен.</translation>
    </message>
    <message>
        <source>Listening on %1 would take webhooks from the network; only 127.0.0.1 is allowed without an explicit opt-in.</source>
        <translation>Прослушивание %1 открыло бы приём вебхуков из сети; без явного разрешения допускается только 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Не удаётся слушать %1, порт %2: %3</translation>
    </message>
</context>
<context>
    <name>ClientPayment::WithdrawalStatusRequest</name>
    <message>
        <source>Give either the withdrawal id or the order.</source>
        <translation>Укажите ID выплаты или номер заказа.</translation>
    </message>
    <message>
        <source>Give either the withdrawal id or the order, not both.</source>
        <translation>Укажите либо ID выплаты, либо номер заказа, но не оба сразу.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>Подтверждение: %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Заказ:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>%1 — PRODUCTION, real money</source>
        <translation>%1 — БОЕВОЙ, реальные деньги</translation>
    </message>
    <message>
        <source>Production: type the amount again to confirm:</source>
        <translation>Боевой профиль: для подтверждения введите сумму ещё раз:</translation>
    </message>
    <message>
        <source>Retype the amount</source>
        <translation>Повторите сумму</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Confirm refund</source>
        <translation>Подтверждение возврата</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Refund %1 %2 of payment %3 to %4</source>
        <translation>Возврат %1 %2 по платежу %3 на карту %4</translation>
    </message>
    <message>
        <source>Refund %1 %2 of payment %3 to %4; %5 left after this</source>
        <translation>Возврат %1 %2 по платежу %3 на карту %4; после него останется %5</translation>
    </message>
    <message>
        <source>Refund of payment:</source>
        <translation>Возврат по платежу:</translation>
    </message>
    <message>
        <source>Confirm approval</source>
        <translation>Подтверждение одобрения</translation>
    </message>
    <message>
        <source>Approve and refund %1 %2 of payment %3 to %4, order %5, requested by %6</source>
        <translation>Одобрить и вернуть %1 %2 по платежу %3 на %4, заказ %5, запросил(а) %6</translation>
    </message>
    <message>
        <source>Approve and pay out %1 %2 to %3, order %4, requested by %5</source>
        <translation>Одобрить и выплатить %1 %2 на %3, заказ %4, запросил(а) %5</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Запросил(а):</translation>
    </message>
    <message>
        <source>&amp;Approve and send</source>
        <translation>&amp;Одобрить и отправить</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>sandbox secret generated for this session</source>
        <translation>ключ песочницы создан на этот сеанс</translation>
    </message>
    <message>
        <source>reading the secret from the keychain…</source>
        <translation>чтение секретного ключа из хранилища…</translation>
    </message>
    <message>
        <source>secret kept in memory for this session only</source>
        <translation>секретный ключ хранится в памяти только на этот сеанс</translation>
    </message>
    <message>
        <source>That journal entry is not a payment or a withdrawal.</source>
        <translation>Эта запись журнала — не платёж и не выплата.</translation>
    </message>
    <message>
        <source>%1: waiting for another operator&apos;s approval as request %2 (Approvals page). Nothing was sent.</source>
        <translation>%1: ждёт одобрения другого оператора как запрос %2 (страница «Одобрения»). Ничего не отправлено.</translation>
    </message>
    <message>
        <source>The journal cannot be reached (%1), so the answer would not be journalled: nothing was sent. The console reconnects by itself; try again when the status bar says the journal is open.</source>
        <translation>Журнал недоступен (%1), поэтому ответ не был бы записан в журнал: ничего не отправлено. Консоль переподключится сама; повторите, когда строка состояния покажет, что журнал открыт.</translation>
    </message>
    <message>
        <source>This program has no embedded sandbox gateway.</source>
        <translation>В этой программе нет встроенной песочницы.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty: a header row naming the columns is required</source>
        <translation>файл пуст: нужна строка заголовка с названиями столбцов</translation>
    </message>
    <message>
        <source>bad header row: %1</source>
        <translation>ошибка в строке заголовка: %1</translation>
    </message>
    <message>
        <source>bad header row: a column has no name</source>
        <translation>ошибка в строке заголовка: у столбца нет названия</translation>
    </message>
    <message>
        <source>bad header row: the column &apos;%1&apos; appears twice</source>
        <translation>ошибка в строке заголовка: столбец «%1» встречается дважды</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>в строке полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>строка длиннее %1 байт</translation>
    </message>
    <message>
        <source>the row contains binary data (a NUL byte)</source>
        <translation>в строке двоичные данные (байт NUL)</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>строка — не текст в UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>кавычка внутри поля без кавычек</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>поле в кавычках, открытое в строке %1, не закрыто</translation>
    </message>
</context>
<context>
    <name>DiagnoseOptions</name>
    <message>
        <source>For each invalid webhook, name the likely cause that makes it valid (another path or method, blanks, a lost empty field, decoding, another profile&apos;s secret). A hint, never a verdict.</source>
        <translation>Для каждого неверного вебхука назвать вероятную причину, устранив которую он станет верным (другой путь или метод, пробелы, потерянное пустое поле, декодирование, ключ другого профиля). Это подсказка, а не вердикт.</translation>
    </message>
    <message>
        <source>Another endpoint path (or notification URL) for --diagnose to try; repeatable.</source>
        <translation>Ещё один путь приёма (или URL уведомлений), который проверит --diagnose; можно указать несколько раз.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>A profile whose keychain secret --diagnose tries too; repeatable. Only its name is shown.</source>
        <translation>Профиль, ключ которого из хранилища --diagnose тоже попробует; можно указать несколько раз. Показывается только имя профиля.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>--candidate-profile is for --diagnose</source>
        <translation>--candidate-profile действует только с --diagnose</translation>
    </message>
    <message>
        <source>candidate profile %1: %2</source>
        <translation>профиль-кандидат %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Fill a new unique order number (UUID)</source>
        <translation>Подставить новый уникальный номер заказа (UUID)</translation>
    </message>
    <message>
        <source>New order number</source>
        <translation>Новый номер заказа</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Order number in your system</source>
        <translation>Номер заказа в вашей системе</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>С&amp;умма</translation>
    </message>
    <message>
        <source>Payment amount, e.g. 10.00</source>
        <translation>Сумма платежа, например 10.00</translation>
    </message>
    <message>
        <source>&amp;Merchant ID</source>
        <translation>ID &amp;мерчанта</translation>
    </message>
    <message>
        <source>Your id in the system</source>
        <translation>Ваш ID в системе</translation>
    </message>
    <message>
        <source>Product id in the system</source>
        <translation>ID продукта в системе</translation>
    </message>
    <message>
        <source>&amp;To card</source>
        <translation>На &amp;карту</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Номер карты для платежа</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Описание заказа</translation>
    </message>
    <message>
        <source>ru or en</source>
        <translation>ru или en</translation>
    </message>
    <message>
        <source>Where to send the user after payment</source>
        <translation>Куда вернуть покупателя после оплаты</translation>
    </message>
    <message>
        <source>&amp;Notification URL</source>
        <translation>&amp;URL уведомлений</translation>
    </message>
    <message>
        <source>Where to send the payment notification</source>
        <translation>Куда отправить уведомление о платеже</translation>
    </message>
    <message>
        <source>Link lifetime in seconds</source>
        <translation>Сколько секунд действует ссылка на оплату</translation>
    </message>
    <message>
        <source>CVC code; never stored</source>
        <translation>Код CVC; нигде не сохраняется</translation>
    </message>
    <message>
        <source>Card number (PAN)</source>
        <translation>Номер карты (PAN)</translation>
    </message>
    <message>
        <source>E&amp;xpiry month</source>
        <translation>М&amp;есяц окончания</translation>
    </message>
    <message>
        <source>01 to 12</source>
        <translation>от 01 до 12</translation>
    </message>
    <message>
        <source>Two digits, e.g. 27</source>
        <translation>Две цифры, например 27</translation>
    </message>
    <message>
        <source>Authentication channel</source>
        <translation>Канал аутентификации</translation>
    </message>
    <message>
        <source>Browser IP address</source>
        <translation>IP-адрес браузера</translation>
    </message>
    <message>
        <source>Accepted content</source>
        <translation>Принимаемое содержимое</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>Browser language</source>
        <translation>Язык браузера</translation>
    </message>
    <message>
        <source>Browser colour depth</source>
        <translation>Глубина цвета в браузере</translation>
    </message>
    <message>
        <source>Browser screen height</source>
        <translation>Высота экрана браузера</translation>
    </message>
    <message>
        <source>Browser screen width</source>
        <translation>Ширина экрана браузера</translation>
    </message>
    <message>
        <source>Minutes from UTC, e.g. -180</source>
        <translation>Смещение от UTC в минутах, например -180</translation>
    </message>
    <message>
        <source>Browser user agent</source>
        <translation>User agent браузера</translation>
    </message>
    <message>
        <source>Size of the challenge window, 01 to 05</source>
        <translation>Размер окна проверки 3-D Secure, от 01 до 05</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>В&amp;алюта</translation>
    </message>
    <message>
        <source>Account currency (RUB by default)</source>
        <translation>Валюта счёта (по умолчанию RUB)</translation>
    </message>
    <message>
        <source>Beneficiary card number</source>
        <translation>Номер карты получателя</translation>
    </message>
    <message>
        <source>Amount to pay out, e.g. 10.00</source>
        <translation>Сумма выплаты, например 10.00</translation>
    </message>
    <message>
        <source>Where to send the withdrawal notification</source>
        <translation>Куда отправить уведомление о выплате</translation>
    </message>
    <message>
        <source>Withdrawal &amp;ID</source>
        <translation>&amp;ID выплаты</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>Prod&amp;uct ID</source>
        <translation>I&amp;D продукта</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Оп&amp;исание</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>F&amp;inish URL</source>
        <translation>U&amp;RL возврата</translation>
    </message>
    <message>
        <source>&amp;Lifetime</source>
        <translation>Срок &amp;жизни</translation>
    </message>
    <message>
        <source>&amp;CVC</source>
        <translation>&amp;CVC</translation>
    </message>
    <message>
        <source>Card num&amp;ber</source>
        <translation>&amp;Номер карты</translation>
    </message>
    <message>
        <source>Expir&amp;y year</source>
        <translation>Го&amp;д окончания</translation>
    </message>
    <message>
        <source>Channel (&amp;1)</source>
        <translation>К&amp;анал</translation>
    </message>
    <message>
        <source>Bro&amp;wser IP</source>
        <translation>&amp;IP браузера</translation>
    </message>
    <message>
        <source>Accept header (&amp;2)</source>
        <translation>За&amp;головок Accept</translation>
    </message>
    <message>
        <source>&amp;Java enabled</source>
        <translation>&amp;Java включена</translation>
    </message>
    <message>
        <source>Browser language (&amp;4)</source>
        <translation>Язык &amp;браузера</translation>
    </message>
    <message>
        <source>Colour depth (&amp;5)</source>
        <translation>Глубина &amp;цвета</translation>
    </message>
    <message>
        <source>Screen height (&amp;6)</source>
        <translation>Высота &amp;экрана</translation>
    </message>
    <message>
        <source>Screen width (&amp;7)</source>
        <translation>&amp;Ширина экрана</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>User agent (&amp;8)</source>
        <translation>User &amp;agent</translation>
    </message>
    <message>
        <source>Challenge window (&amp;9)</source>
        <translation>&amp;Окно проверки</translation>
    </message>
    <message>
        <source>Gateway&apos;s payout id (or the order)</source>
        <translation>ID выплаты в шлюзе (или заказ)</translation>
    </message>
    <message>
        <source>Your payout number (or the id)</source>
        <translation>Ваш номер выплаты (или ID)</translation>
    </message>
</context>
<context>
    <name>GatewayOptions</name>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Gateway base URL (default %1). Plain http only on loopback.</source>
        <translation>Базовый адрес шлюза (по умолчанию %1). Обычный http — только на loopback.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File holding the merchant&apos;s secret (else CLIENT_PAYMENT_SECRET, else the profile&apos;s keychain entry).</source>
        <translation>Файл с секретным ключом мерчанта (иначе CLIENT_PAYMENT_SECRET, иначе запись профиля в хранилище ключей).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>профиля «%1» нет</translation>
    </message>
    <message>
        <source>the %1 profile runs inside the console; give --base-url and --secret-file of a payment-sandbox</source>
        <translation>профиль %1 работает только внутри консоли; укажите --base-url и --secret-file запущенного payment-sandbox</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds above 0, not &apos;%1&apos;</source>
        <translation>--timeout ожидает число секунд больше 0, а не «%1»</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Не удаётся открыть журнал %1: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Ошибка журнала: %1</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation>Не удаётся записать в журнал: %1</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>Не удаётся открыть журнал %1: нет драйвера PostgreSQL для Qt (пакет Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the journal %1: %2</source>
        <translation>Не удаётся подключиться к журналу %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 has schema version %2; this program knows up to %3.</source>
        <translation>У журнала %1 версия схемы %2; эта программа знает версии до %3.</translation>
    </message>
    <message>
        <source>Cannot create or migrate the journal %1 to schema version %2 (%3: %4). Its owner runs: merchant-cli journal init --journal %1</source>
        <translation>Не удаётся создать журнал %1 или перевести его на версию схемы %2 (%3: %4). Владелец журнала выполняет: merchant-cli journal init --journal %1</translation>
    </message>
    <message>
        <source>%1 of order %2 (merchant %3) was already sent by %4 at %5 — %6. Nothing was sent now; to send it again, use a new order.</source>
        <translation>%1 по заказу %2 (мерчант %3) уже отправил(а) %4 в %5 — %6. Сейчас ничего не отправлено; чтобы отправить снова, используйте новый заказ.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Cannot update the journal: no entry %1</source>
        <translation>Не удаётся дополнить журнал: нет записи %1</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
    <message>
        <source>entry %1 should be the first, but links to an earlier one: entries before it were removed</source>
        <translation>запись %1 должна быть первой, но ссылается на предыдущую: записи перед ней удалены</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it: an entry was removed, inserted or reordered there</source>
        <translation>запись %1 не ссылается на предыдущую: здесь запись удалили, вставили или переставили</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its content)</source>
        <translation>запись %1 изменена после записи (её хеш не совпадает с содержимым)</translation>
    </message>
    <message>
        <source>Operators and grants are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is.</source>
        <translation>Операторы и права — для журнала в PostgreSQL; журнал SQLite принадлежит тому, чей это файл.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -)</source>
        <translation>«%1» — не имя роли (буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <source>--operator is for a SQLite journal (a one-person dry run); on PostgreSQL the database role of the connection is the operator.</source>
        <translation>--operator — для журнала SQLite (проба для одного человека); в PostgreSQL оператор — роль подключения к базе.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator name (letters, digits, _ . @ -)</source>
        <translation>«%1» — не имя оператора (буквы, цифры, _ . @ -)</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: it is not a file</source>
        <translation>Не удаётся открыть журнал %1: это не файл</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: it is not a SQLite journal</source>
        <translation>Не удаётся открыть журнал %1: это не журнал SQLite</translation>
    </message>
    <message>
        <source>The journal %1 can be read by other users of this machine (it holds masked cards and amounts): chmod 600 %1</source>
        <translation>Журнал %1 могут читать другие пользователи этой машины (в нём маскированные карты и суммы): chmod 600 %1</translation>
    </message>
    <message>
        <source>it cannot switch to WAL mode</source>
        <translation>не удаётся включить режим WAL</translation>
    </message>
    <message>
        <source>the connection to the journal&apos;s server was lost</source>
        <translation>соединение с сервером журнала потеряно</translation>
    </message>
    <message>
        <source>the database driver gave no reason</source>
        <translation>драйвер базы данных не сообщил причину</translation>
    </message>
    <message>
        <source>The journal is not open: the connection to its server was lost.</source>
        <translation>Журнал не открыт: соединение с его сервером потеряно.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1&apos;s schema version: %2</source>
        <translation>Не удаётся прочитать версию схемы журнала %1: %2</translation>
    </message>
    <message>
        <source>Journal error: the journal&apos;s synchronous standby did not confirm the entry within the deadline (it is on the primary only)</source>
        <translation>Ошибка журнала: синхронная реплика журнала не подтвердила запись в срок (запись есть только на основном сервере)</translation>
    </message>
    <message>
        <source>entry %1 is not the entry verified before (hash %2, now %3): the journal was rewritten, its links recomputed</source>
        <translation>запись %1 — не та, что была проверена раньше (хеш %2, теперь %3): журнал переписан, связи пересчитаны</translation>
    </message>
    <message>
        <source>entry %1, verified before (hash %2), is gone: the journal was rewritten or cut short</source>
        <translation>запись %1, проверенная раньше (хеш %2), исчезла: журнал переписан или укорочен</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the console&apos;s own file). The password comes from ~/.pgpass or PGPASSFILE, never from the command line.</source>
        <translation>Журнал: sqlite:///путь/файл.db, путь или postgresql://user@host:port/db (по умолчанию — файл консоли). Пароль берётся из ~/.pgpass или PGPASSFILE, никогда из командной строки.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>One JSON array instead of lines.</source>
        <translation>Один массив JSON вместо строк.</translation>
    </message>
    <message>
        <source>Only entries whose order contains TEXT.</source>
        <translation>Только записи, в номере заказа которых есть TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N entries (default 1000).</source>
        <translation>Не больше N записей (по умолчанию 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comma-separated database roles that may write the journal (INSERT and SELECT only; created when missing).</source>
        <translation>Роли базы данных через запятую, которым можно писать в журнал (только INSERT и SELECT; недостающие создаются).</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>Lists the journal, newest first.</source>
        <translation>Показывает журнал, новые записи первыми.</translation>
    </message>
    <message>
        <source>Creates or migrates the journal&apos;s schema; on PostgreSQL also lets the operators&apos; roles INSERT and SELECT it, never UPDATE or DELETE.</source>
        <translation>Создаёт или обновляет схему журнала; в PostgreSQL также даёт ролям операторов INSERT и SELECT, но никогда UPDATE или DELETE.</translation>
    </message>
    <message>
        <source>The journal the console and merchant-cli share.</source>
        <translation>Общий журнал консоли и merchant-cli.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>unknown journal command &apos;%1&apos;</source>
        <translation>неизвестная команда журнала «%1»</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>--limit wants a whole number above 0, not &apos;%1&apos;</source>
        <translation>--limit ждёт целое число больше 0, а не «%1»</translation>
    </message>
    <message>
        <source>journal %1 ready (schema version %2)</source>
        <translation>журнал %1 готов (версия схемы %2)</translation>
    </message>
    <message>
        <source>; operators: %1</source>
        <translation>; операторы: %1</translation>
    </message>
    <message numerus="yes">
        <source>journal intact: %n entries checked</source>
        <translation>
            <numerusform>журнал цел: проверена %n запись</numerusform>
            <numerusform>журнал цел: проверены %n записи</numerusform>
            <numerusform>журнал цел: проверено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation>журнал нарушен на записи %1: %2</translation>
    </message>
    <message>
        <source>A payout (withdrawal or refund) above AMOUNT waits for a second operator.</source>
        <translation>Выплата (или возврат) больше СУММЫ ждёт второго оператора.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>An operator&apos;s payouts of the day (UTC) above AMOUNT in all wait for a second operator.</source>
        <translation>Выплаты оператора за день (UTC) сверх СУММЫ в сумме ждут второго оператора.</translation>
    </message>
    <message>
        <source>The currency the amounts are in.</source>
        <translation>Валюта сумм.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>--%1 wants an amount like 500 or 500.00, not &apos;%2&apos;</source>
        <translation>--%1 ждёт сумму вида 500 или 500.00, а не «%2»</translation>
    </message>
    <message>
        <source>journal policy wants --approval-above AMOUNT</source>
        <translation>journal policy ждёт --approval-above СУММА</translation>
    </message>
    <message>
        <source>--currency wants a three-letter code like RUB, not &apos;%1&apos;</source>
        <translation>--currency ждёт трёхбуквенный код вроде RUB, а не «%1»</translation>
    </message>
    <message>
        <source>no approval policy: payouts are sent without a second operator</source>
        <translation>правил одобрения нет: выплаты отправляются без второго оператора</translation>
    </message>
    <message>
        <source>payouts above %1 wait for approval; daily limit per operator: %2 (set by %3 at %4)</source>
        <translation>выплаты больше %1 ждут одобрения; дневной лимит оператора: %2 (задал %3, %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>журнал: %1</translation>
    </message>
    <message>
        <source>server: %1, as %2</source>
        <translation>сервер: %1, от имени %2</translation>
    </message>
    <message>
        <source>libpq&apos;s default, prefer</source>
        <translation>по умолчанию libpq, prefer</translation>
    </message>
    <message>
        <source>TLS: in use (sslmode %1)</source>
        <translation>TLS: используется (sslmode %1)</translation>
    </message>
    <message>
        <source>TLS: not in use (sslmode %1): the journal&apos;s traffic is readable on the network</source>
        <translation>TLS: не используется (sslmode %1): трафик журнала можно прочитать в сети</translation>
    </message>
    <message>
        <source>synchronous_commit: %1</source>
        <translation>synchronous_commit: %1</translation>
    </message>
    <message>
        <source>synchronous standbys: %1</source>
        <translation>синхронные реплики: %1</translation>
    </message>
    <message>
        <source>fsync: %1</source>
        <translation>fsync: %1</translation>
    </message>
    <message>
        <source>fsync is %1: a crash of the server can lose committed entries</source>
        <translation>fsync = %1: при сбое сервера зафиксированные записи могут пропасть</translation>
    </message>
    <message>
        <source>no synchronous standby (synchronous_standby_names is empty): a failover to a standby can lose committed sent entries, and the same order could then be sent again</source>
        <translation>нет синхронной реплики (synchronous_standby_names пуст): при переключении на реплику зафиксированные записи об отправке могут пропасть, и тот же заказ могут отправить ещё раз</translation>
    </message>
    <message>
        <source>synchronous_commit is %1: an entry counts as committed before the standby has it on disk; a failover can lose it</source>
        <translation>synchronous_commit = %1: запись считается зафиксированной до того, как реплика сохранила её на диск; при переключении она может пропасть</translation>
    </message>
    <message>
        <source>SQLite: one machine&apos;s file (synchronous=FULL); no server, no failover</source>
        <translation>SQLite: файл на одной машине (synchronous=FULL); ни сервера, ни переключения</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>версия схемы: %1</translation>
    </message>
    <message numerus="yes">
        <source>chain: intact, %n entries checked</source>
        <translation>
            <numerusform>цепочка: цела, проверена %n запись</numerusform>
            <numerusform>цепочка: цела, проверено %n записи</numerusform>
            <numerusform>цепочка: цела, проверено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>chain: broken at entry %1: %2</source>
        <translation>цепочка: нарушена на записи %1: %2</translation>
    </message>
    <message>
        <source>at-most-once could be lost in a failover: %1</source>
        <translation>при переключении «не более одного раза» может нарушиться: %1</translation>
    </message>
    <message>
        <source>at-most-once holds across a failover to a synchronous standby</source>
        <translation>«не более одного раза» сохраняется при переключении на синхронную реплику</translation>
    </message>
    <message>
        <source>Each journal call&apos;s deadline, in seconds (default 10): connecting, a lock, a query.</source>
        <translation>Срок каждого обращения к журналу в секундах (по умолчанию 10): подключение, блокировка, запрос.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>Says what the journal&apos;s at-most-once rests on: TLS, synchronous_commit, the synchronous standbys, fsync, the schema version and the hash chain. Exit 0 when it holds across a failover, 1 when it could be lost (saying why) or the chain is broken, 2 when the journal cannot be read.</source>
        <translation>Показывает, на чём держится «не более одного раза» в журнале: TLS, synchronous_commit, синхронные реплики, fsync, версия схемы и цепочка хешей. Код 0, если гарантия сохраняется при переключении, 1, если может нарушиться (с причиной) или цепочка нарушена, 2, если журнал не читается.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds above 0, not &apos;%1&apos;</source>
        <translation>--timeout ожидает число секунд больше 0, а не «%1»</translation>
    </message>
    <message>
        <source>An exported chain head: written when FILE does not exist, checked when it does.</source>
        <translation>Выгруженная голова цепочки: записывается, если ФАЙЛА нет, и проверяется, если он есть.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Checks the journal&apos;s hash chain: exit 0 when intact, 1 when an entry was changed, removed or reordered (the first one is named), or when the journal no longer holds a head verified before here or exported to the anchor.</source>
        <translation>Проверяет цепочку хешей журнала: код 0 — журнал цел, 1 — запись изменена, удалена или переставлена (называется первая такая) или в журнале больше нет головы, проверенной здесь раньше или выгруженной в якорь.</translation>
    </message>
    <message>
        <source>TEMPORARY revoked from PUBLIC on the journal&apos;s database: operators cannot create temporary tables</source>
        <translation>право TEMPORARY на базу журнала отозвано у PUBLIC: операторы не могут создавать временные таблицы</translation>
    </message>
    <message>
        <source>TEMPORARY revoked from PUBLIC, but still granted to %1 (REVOKE TEMPORARY ON DATABASE ... FROM them)</source>
        <translation>право TEMPORARY отозвано у PUBLIC, но всё ещё выдано: %1 (REVOKE TEMPORARY ON DATABASE ... FROM для них)</translation>
    </message>
    <message>
        <source>anchor written to %1: entry %2, hash %3</source>
        <translation>якорь записан в %1: запись %2, хеш %3</translation>
    </message>
    <message>
        <source>%1 needs the %2 role: %3; nothing was changed</source>
        <translation>%1 требует роли %2: %3; ничего не изменено</translation>
    </message>
    <message>
        <source>(owns the journal&apos;s tables: every role)</source>
        <translation>(владеет таблицами журнала: все роли)</translation>
    </message>
    <message>
        <source>journal %1 wants ROLE NAME...</source>
        <translation>journal %1 ждёт РОЛЬ ИМЯ...</translation>
    </message>
    <message>
        <source>no role &apos;%1&apos;: the roles are viewer, operator, approver, owner; nothing was changed</source>
        <translation>нет роли &apos;%1&apos;: роли — viewer, operator, approver, owner; ничего не изменено</translation>
    </message>
    <message>
        <source>journal %1 %2 wants at least one NAME</source>
        <translation>journal %1 %2 ждёт хотя бы одно ИМЯ</translation>
    </message>
    <message>
        <source>%1 granted to %2</source>
        <translation>%1 выдана: %2</translation>
    </message>
    <message>
        <source>%1 revoked from %2</source>
        <translation>%1 отозвана: %2</translation>
    </message>
    <message>
        <source>Lets the approver role also send payments and payouts (off by default: separation of duties).</source>
        <translation>Разрешает роли approver также отправлять платежи и выплаты (по умолчанию выключено: разделение обязанностей).</translation>
    </message>
    <message>
        <source>Sets the team&apos;s approval policy, as a journal entry. Only an owner may; without options, prints the policy in force.</source>
        <translation>Задаёт политику одобрения команды записью в журнале. Только владелец; без параметров печатает действующую политику.</translation>
    </message>
    <message>
        <source>Lists who holds which of the four roles: viewer, operator, approver, owner.</source>
        <translation>Показывает, у кого какие из четырёх ролей: viewer, operator, approver, owner.</translation>
    </message>
    <message>
        <source>Lets each NAME (an existing database login) hold ROLE (viewer, operator, approver or owner), as a journal entry. Owners only.</source>
        <translation>Выдаёт каждому ИМЕНИ (существующему логину базы) РОЛЬ (viewer, operator, approver или owner) записью в журнале. Только владельцы.</translation>
    </message>
    <message>
        <source>Takes ROLE away from each NAME, as a journal entry. Owners only; the journal&apos;s tables&apos; owner stays an owner.</source>
        <translation>Отзывает РОЛЬ у каждого ИМЕНИ записью в журнале. Только владельцы; владелец таблиц журнала остаётся владельцем.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>viewer, operator, approver or owner</source>
        <translation>viewer, operator, approver или owner</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>database logins</source>
        <translation>логины базы данных</translation>
    </message>
    <message>
        <source>NAME...</source>
        <translation>ИМЯ...</translation>
    </message>
    <message>
        <source>approvers may also send payments and payouts</source>
        <translation>одобряющие могут и сами отправлять платежи и выплаты</translation>
    </message>
    <message>
        <source>approvers send only what they approved</source>
        <translation>одобряющие отправляют только одобренное ими</translation>
    </message>
    <message>
        <source>list, verify, check, init, policy, roles, grant, revoke or settle (see COMMAND --help)</source>
        <translation>list, verify, check, init, policy, roles, grant, revoke или settle (см. КОМАНДА --help)</translation>
    </message>
    <message>
        <source>journal wants list, verify, check, init, policy, roles, grant, revoke or settle</source>
        <translation>journal ждёт list, verify, check, init, policy, roles, grant, revoke или settle</translation>
    </message>
</context>
<context>
    <name>JournalDetailPane</name>
    <message>
        <source>Entry details</source>
        <translation>Подробности записи</translation>
    </message>
    <message>
        <source>Select an entry to see its request, its response and the timeline of its order.</source>
        <translation>Выберите запись, чтобы увидеть её запрос, ответ и историю заказа.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Refund of</source>
        <translation>Возврат по заказу</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>ID в шлюзе</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Timeline of order %1</source>
        <translation>История заказа %1</translation>
    </message>
    <message>
        <source>%1 (refund %2)</source>
        <translation>%1 (возврат %2)</translation>
    </message>
    <message>
        <source>Request (as journalled: no signature, no CVC, card masked)</source>
        <translation>Запрос (как в журнале: без подписи и CVC, карта скрыта)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>запросил(а) %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>отклонил(а) %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>одобрил(а) %1</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>отправил(а) %1</translation>
    </message>
    <message>
        <source>settled by %1</source>
        <translation>исход записал(а) %1</translation>
    </message>
    <message>
        <source>This entry fails the journal&apos;s chain check: it was changed after it was written. Its amount, card and outcome cannot be trusted.</source>
        <translation>Эта запись не проходит проверку цепочки журнала: её изменили после записи. Её сумме, карте и исходу доверять нельзя.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Outcome recorded by</source>
        <translation>Исход записал(а)</translation>
    </message>
    <message>
        <source>Approval requested (request %1)</source>
        <translation>Запрошено одобрение (запрос %1)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>%1, outcome by %2</source>
        <translation>%1, исход записал(а) %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>in flight</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>исход неизвестен</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>not found at gateway</source>
        <translation>не найден в шлюзе</translation>
    </message>
</context>
<context>
    <name>JournalHeads</name>
    <message>
        <source>%1 is not a journal anchor (id and hash)</source>
        <translation>%1 — не якорь журнала (id и hash)</translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation>Не удаётся прочитать якорь %1: %2</translation>
    </message>
    <message>
        <source>The anchor %1 is of the journal %2, not of %3</source>
        <translation>Якорь %1 относится к журналу %2, а не к %3</translation>
    </message>
    <message>
        <source>Cannot write the anchor %1: %2</source>
        <translation>Не удаётся записать якорь %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation>Фильтр по операции</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Все операции</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>&amp;Операция:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Фильтр по исходу</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все исходы</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Возвр&amp;ат…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the status of %1…</source>
        <translation>Проверяем статус %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Order, card, amount or profile (Ctrl+F)</source>
        <translation>Заказ, карта, сумма или профиль (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Проверить статус</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Возврат…</translation>
    </message>
    <message>
        <source>Copy order</source>
        <translation>Копировать номер заказа</translation>
    </message>
    <message>
        <source>order</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>Show webhooks</source>
        <translation>Показать вебхуки</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <source>row</source>
        <translation>строку</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (прокрутите, чтобы загрузить ещё)</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Выгружено в %1.</translation>
    </message>
    <message>
        <source>Answered: paid, pending, paid out…</source>
        <translation>Ответ получен: оплачен, ожидает, выплачено…</translation>
    </message>
    <message>
        <source>Refused or declined</source>
        <translation>Отказ шлюза или отклонён</translation>
    </message>
    <message>
        <source>Not sent, or no answer</source>
        <translation>Не отправлено или нет ответа</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>Проверить с&amp;татус</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>Verify &amp;chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s hash: shows whether an entry was changed, removed or reordered behind the journal&apos;s back.</source>
        <translation>Пересчитывает хеш каждой записи: показывает, не изменили, не удалили и не переставили ли запись в обход журнала.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Проверка журнала…</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %n entries checked</source>
        <translation>
            <numerusform>Журнал цел: проверена %n запись</numerusform>
            <numerusform>Журнал цел: проверены %n записи</numerusform>
            <numerusform>Журнал цел: проверено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal broken at entry %1: %2</source>
        <translation>Журнал нарушен на записи %1: %2</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Поиск в журнале…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The journal cannot be read (%1): the entries are not shown until it can.</source>
        <translation>Журнал не читается (%1): записи не показаны, пока он недоступен.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Entry %1 cannot be trusted</source>
        <translation>Записи %1 нельзя доверять</translation>
    </message>
    <message>
        <source>Entry %1 (order %2) fails the journal&apos;s chain check: it was changed after it was written. Its facts (amount %3, card %4, outcome) cannot be trusted, and %5 would be built on them.

Check the order with the gateway or your records first. Go on anyway?</source>
        <translation>Запись %1 (заказ %2) не проходит проверку цепочки журнала: её изменили после записи. Её данным (сумма %3, карта %4, исход) доверять нельзя, а действие «%5» опиралось бы на них.

Сначала сверьте заказ со шлюзом или своими записями. Всё равно продолжить?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 already refunded.</source>
        <translation>Возвращать больше нечего: уже возвращено %1 из %2.</translation>
    </message>
</context>
<context>
    <name>JournalRoles</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>читать журнал</translation>
    </message>
    <message>
        <source>send payments</source>
        <translation>отправлять платежи</translation>
    </message>
    <message>
        <source>send payouts</source>
        <translation>отправлять выплаты</translation>
    </message>
    <message>
        <source>send refunds</source>
        <translation>отправлять возвраты</translation>
    </message>
    <message>
        <source>send approved payouts</source>
        <translation>отправлять одобренные выплаты</translation>
    </message>
    <message>
        <source>approve requests</source>
        <translation>одобрять запросы</translation>
    </message>
    <message>
        <source>settle entries</source>
        <translation>закрывать записи</translation>
    </message>
    <message>
        <source>set the approval policy</source>
        <translation>задавать политику одобрения</translation>
    </message>
    <message>
        <source>grant or revoke roles</source>
        <translation>выдавать и отзывать роли</translation>
    </message>
    <message>
        <source>run journal check</source>
        <translation>запускать journal check</translation>
    </message>
    <message>
        <source>check status</source>
        <translation>проверять статус</translation>
    </message>
    <message>
        <source>send payments and payouts</source>
        <translation>отправлять платежи и выплаты</translation>
    </message>
    <message>
        <source>decide others&apos; requests</source>
        <translation>решать по чужим запросам</translation>
    </message>
    <message>
        <source>set the policy and the roles</source>
        <translation>задавать политику и роли</translation>
    </message>
    <message>
        <source>You hold no role in this journal, so you may not %1</source>
        <translation>У вас нет роли в этом журнале, поэтому нельзя %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Your roles %1 may %2, not %3</source>
        <translation>Ваши роли %1 позволяют %2, но не %3</translation>
    </message>
    <message>
        <source>Your role %1 may %2, not %3</source>
        <translation>Ваша роль %1 позволяет %2, но не %3</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s roles: %1</source>
        <translation>Не удалось прочитать роли журнала: %1</translation>
    </message>
    <message>
        <source>Roles are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is, with every role. Nothing was changed.</source>
        <translation>Роли — для журнала в PostgreSQL; журнал SQLite принадлежит одному человеку, владельцу файла, со всеми ролями. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -); nothing was changed</source>
        <translation>&apos;%1&apos; — не имя роли (буквы, цифры, _ . -); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 (it needs the owner role); nothing was changed</source>
        <translation>%1 (нужна роль owner); ничего не изменено</translation>
    </message>
    <message>
        <source>There is no database role &apos;%1&apos; (create it first: createuser --login %1); nothing was changed</source>
        <translation>Нет роли базы данных &apos;%1&apos; (сначала создайте её: createuser --login %1); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 owns the journal&apos;s tables: it stays an owner, so the journal never loses its last owner; nothing was changed</source>
        <translation>%1 владеет таблицами журнала и остаётся владельцем: журнал не теряет последнего владельца; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2; nothing was changed</source>
        <translation>у %1 нет роли %2; ничего не изменено</translation>
    </message>
    <message>
        <source>The journal&apos;s group roles %1 are missing, and %2 lacks the CREATEROLE privilege to create them (the journal&apos;s owner runs journal init again); nothing was changed</source>
        <translation>Групповых ролей журнала %1 нет, а у %2 нет привилегии CREATEROLE, чтобы их создать (владелец журнала запускает journal init снова); ничего не изменено</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; ничего не изменено</translation>
    </message>
    <message>
        <source>--role is for a SQLite journal (a one-person dry run); on PostgreSQL the database says which roles the connection holds.</source>
        <translation>--role — для журнала SQLite (пробный прогон одного человека); в PostgreSQL роли соединения определяет база данных.</translation>
    </message>
    <message>
        <source>Operators and grants are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is.</source>
        <translation>Операторы и права — для журнала в PostgreSQL; журнал SQLite принадлежит тому, чей это файл.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -)</source>
        <translation>«%1» — не имя роли (буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Ошибка журнала: %1</translation>
    </message>
    <message>
        <source>Cannot create the operators&apos; roles %1: the journal&apos;s owner %2 lacks the CREATEROLE privilege (as PostgreSQL&apos;s superuser: ALTER ROLE %2 CREATEROLE), or create them first (createuser --login NAME). Nothing was created.</source>
        <translation>Не удаётся создать роли операторов %1: у владельца журнала %2 нет привилегии CREATEROLE (от имени суперпользователя PostgreSQL: ALTER ROLE %2 CREATEROLE), либо создайте их заранее (createuser --login ИМЯ). Ничего не создано.</translation>
    </message>
    <message>
        <source>the operators %1 become members of the group roles %2, which the journal&apos;s owner lacks the CREATEROLE privilege to create</source>
        <translation>операторы %1 становятся членами групповых ролей %2, а у владельца журнала нет привилегии CREATEROLE, чтобы их создать</translation>
    </message>
</context>
<context>
    <name>JournalSummary</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Webhook received</source>
        <translation>Получен вебхук</translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation>возврат по заказу %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>возвращено %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>the journal is not open yet</source>
        <translation>журнал ещё не открыт</translation>
    </message>
    <message>
        <source>This entry fails the journal&apos;s chain check: it was changed after it was written, so its facts (amount, card, outcome) cannot be trusted.</source>
        <translation>Эта запись не проходит проверку цепочки журнала: её изменили после записи, поэтому её данным (сумма, карта, исход) доверять нельзя.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>JournalThread</name>
    <message>
        <source>the connection to the journal&apos;s server was lost</source>
        <translation>соединение с сервером журнала потеряно</translation>
    </message>
</context>
<context>
    <name>JournalUrl</name>
    <message>
        <source>the journal URL holds a control character; expected %1</source>
        <translation>в URL журнала управляющий символ; ожидается %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a journal URL; expected %2</source>
        <translation>«%1» — не URL журнала; ожидается %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid journal URL (%2); expected %3</source>
        <translation>«%1» — неверный URL журнала (%2); ожидается %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SQLite journal URL; expected sqlite:///path/file.db</source>
        <translation>«%1» — не URL журнала SQLite; ожидается sqlite:///путь/файл.db</translation>
    </message>
    <message>
        <source>unknown journal URL scheme &apos;%1&apos;; expected %2</source>
        <translation>неизвестная схема URL журнала «%1»; ожидается %2</translation>
    </message>
    <message>
        <source>a password in the journal URL is refused: keep it in ~/.pgpass or PGPASSFILE</source>
        <translation>пароль в URL журнала не принимается: храните его в ~/.pgpass или PGPASSFILE</translation>
    </message>
    <message>
        <source>the journal URL names no user: postgresql://user@host:port/db</source>
        <translation>в URL журнала нет пользователя: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>the journal URL names no host: postgresql://user@host:port/db</source>
        <translation>в URL журнала нет хоста: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>the journal URL names no database: postgresql://user@host:port/db</source>
        <translation>в URL журнала нет базы данных: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>the journal URL&apos;s port is not a number from 1 to 65535</source>
        <translation>порт в URL журнала — не число от 1 до 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a journal file; expected %2</source>
        <translation>«%1» — не файл журнала; ожидается %2</translation>
    </message>
    <message>
        <source>the journal URL takes no fragment: postgresql://user@host:port/db</source>
        <translation>URL журнала не допускает фрагмента: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>the journal URL&apos;s user is not a role name</source>
        <translation>пользователь в URL журнала — не имя роли</translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; lacks its &apos;]&apos;</source>
        <translation>у узла «%1» в URL журнала нет «]»</translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not an IPv6 address</source>
        <translation>узел «%1» в URL журнала — не адрес IPv6</translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not host:port</source>
        <translation>узел «%1» в URL журнала — не узел:порт</translation>
    </message>
    <message>
        <source>the journal URL&apos;s socket folder &apos;%1&apos; holds a ; , or &apos;</source>
        <translation>папка сокета «%1» в URL журнала содержит ; , или &apos;</translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not a host name or address</source>
        <translation>узел «%1» в URL журнала — не имя узла и не адрес</translation>
    </message>
    <message>
        <source>the journal URL&apos;s parameter &apos;%1&apos; is not one a journal takes (%2)</source>
        <translation>параметр «%1» в URL журнала не поддерживается (допустимы: %2)</translation>
    </message>
    <message>
        <source>the journal URL&apos;s parameter &apos;%1&apos; has no value</source>
        <translation>у параметра «%1» в URL журнала нет значения</translation>
    </message>
    <message>
        <source>the journal URL gives &apos;%1&apos; twice</source>
        <translation>в URL журнала «%1» указан дважды</translation>
    </message>
    <message>
        <source>seconds from 1 to 3600</source>
        <translation>секунды от 1 до 3600</translation>
    </message>
    <message>
        <source>up to 63 letters, digits, spaces and . _ : @ / -</source>
        <translation>до 63 букв, цифр, пробелов и . _ : @ / -</translation>
    </message>
    <message>
        <source>an absolute path without ;</source>
        <translation>абсолютный путь без ;</translation>
    </message>
    <message>
        <source>the journal URL&apos;s %1 &apos;%2&apos; is not valid; expected %3</source>
        <translation>%1 «%2» в URL журнала недопустим; ожидается %3</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>malformed:</source>
        <translation>нечитаемый:</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верный</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>неверный (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>diagnosis:</source>
        <translation>диагноз:</translation>
    </message>
    <message>
        <source>no likely cause found</source>
        <translation>вероятная причина не найдена</translation>
    </message>
    <message>
        <source>Receives webhooks on 127.0.0.1 and verifies each as it arrives: 200 for a valid one, 400 for an invalid one, 413 for a body over 64 KiB. Point the sandbox&apos;s notification_url at the printed URL.</source>
        <translation>Принимает вебхуки на 127.0.0.1 и проверяет каждый по мере поступления: 200 — верный, 400 — неверный, 413 — тело больше 64 КиБ. Укажите выведенный адрес как notification_url в песочнице.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Порт для приёма; 0 — выбрать свободный.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Path that receives the webhooks (the path they are signed for), e.g. /webhooks.</source>
        <translation>Путь, на который приходят вебхуки (тот, для которого они подписаны), например /webhooks.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation>HTTP-метод (по умолчанию POST).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>МЕТОД</translation>
    </message>
    <message>
        <source>Print one JSON object per webhook.</source>
        <translation>Выводить по одному объекту JSON на вебхук.</translation>
    </message>
    <message>
        <source>Exit after N requests at the endpoint (default: run until killed).</source>
        <translation>Завершиться после N запросов на путь приёма (по умолчанию — работать, пока не остановят).</translation>
    </message>
    <message>
        <source>listen takes no file</source>
        <translation>listen не принимает файлов</translation>
    </message>
    <message>
        <source>--port N is required: a port from 0 (any free port) to 65535</source>
        <translation>нужен --port N: порт от 0 (любой свободный) до 65535</translation>
    </message>
    <message>
        <source>--endpoint PATH is required and starts with &apos;/&apos;, e.g. /webhooks</source>
        <translation>нужен --endpoint ПУТЬ, начинающийся с «/», например /webhooks</translation>
    </message>
    <message>
        <source>--exit-after takes a positive number</source>
        <translation>--exit-after принимает положительное число</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>слушаю %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The journal cannot be opened (%1). Payments and withdrawals are disabled until it can: nothing moves money without a record.</source>
        <translation>Журнал не открывается (%1). Платежи и выплаты отключены, пока он не заработает: без записи в журнал деньги не двигаются.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Активный профиль</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Профи&amp;ли…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) or withdrawal(s) have an unknown outcome. Do not send them again: &lt;a href=&quot;journal&quot;&gt;check their status in the journal&lt;/a&gt;.</source>
        <translation>
            <numerusform>У %n платежа или выплаты исход неизвестен. Не отправляйте повторно: &lt;a href=&quot;journal&quot;&gt;проверьте статус в журнале&lt;/a&gt;.</numerusform>
            <numerusform>У %n платежей или выплат исход неизвестен. Не отправляйте их повторно: &lt;a href=&quot;journal&quot;&gt;проверьте статус в журнале&lt;/a&gt;.</numerusform>
            <numerusform>У %n платежей или выплат исход неизвестен. Не отправляйте их повторно: &lt;a href=&quot;journal&quot;&gt;проверьте статус в журнале&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Cancel the status and balance calls in flight. Payments and withdrawals cannot be canceled once sent.</source>
        <translation>Отменить выполняющиеся запросы статуса и баланса. Отправленные платежи и выплаты отменить нельзя.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (боевой)</translation>
    </message>
    <message>
        <source> PRODUCTION: %1 </source>
        <translation> БОЕВОЙ: %1 </translation>
    </message>
    <message>
        <source>Real money moves with this profile.</source>
        <translation>В этом профиле движутся реальные деньги.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Enter secret for this session…</source>
        <translation>Ввести ключ на этот сеанс…</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Задать ключ…</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in flight</source>
        <translation>
            <numerusform>Выполняется %n запрос</numerusform>
            <numerusform>Выполняется %n запроса</numerusform>
            <numerusform>Выполняется %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret for this session</source>
        <translation>Ключ на этот сеанс</translation>
    </message>
    <message>
        <source>%1

Type the secret for %2. It is kept in memory for this session only and never written to disk.</source>
        <translation>%1

Введите секретный ключ для %2. Он хранится в памяти только на этот сеанс и не записывается на диск.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no OpenSSL library, so no call can reach a gateway over https. Install libssl3 (and libqt6network6) and restart the console. The Sandbox profile works without it.</source>
        <translation>TLS недоступен: Qt не нашёл библиотеку OpenSSL, поэтому по https до шлюза не дойдёт ни один запрос. Установите libssl3 (и libqt6network6) и перезапустите консоль. Профиль «Sandbox» работает и без него.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Started on %1. Production profile %2 was used last; choose it in the profile box to use it again.</source>
        <translation>Консоль открыта на профиле %1. В прошлый раз использовался боевой профиль %2: чтобы работать с ним, выберите его в списке профилей.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Send the form</source>
        <translation>&amp;Отправить форму</translation>
    </message>
    <message>
        <source>&amp;Copy as merchant-cli command</source>
        <translation>&amp;Копировать команду merchant-cli</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Choose &amp;profile</source>
        <translation>Выбрать &amp;профиль</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>%1: send the form of the page shown (asks before money moves)</source>
        <translation>%1: отправить форму открытой страницы (перед движением денег консоль переспросит)</translation>
    </message>
    <message>
        <source>Enter: look up (status, balance and withdrawal status pages)</source>
        <translation>Enter: запрос (страницы статуса платежа, баланса и статуса выплаты)</translation>
    </message>
    <message>
        <source>%1: choose the profile</source>
        <translation>%1: выбрать профиль</translation>
    </message>
    <message>
        <source>Alt + underlined letter: go to that field or button</source>
        <translation>Alt + подчёркнутая буква: перейти к полю или кнопке</translation>
    </message>
    <message>
        <source>%1: quit</source>
        <translation>%1: выход</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Switch to production</source>
        <translation>Переход на боевой профиль</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>PRODUCTION — %1, merchant %2: payments and withdrawals move real money.</source>
        <translation>БОЕВОЙ ПРОФИЛЬ — %1, мерчант %2: платежи и выплаты двигают настоящие деньги.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Одобрения (%1)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
    </message>
    <message>
        <source>Journal: opening</source>
        <translation>Журнал: открывается</translation>
    </message>
    <message>
        <source>Journal: open</source>
        <translation>Журнал: открыт</translation>
    </message>
    <message>
        <source>Journal: open, encrypted (TLS)</source>
        <translation>Журнал: открыт, зашифрован (TLS)</translation>
    </message>
    <message>
        <source>Journal: open, NOT encrypted</source>
        <translation>Журнал: открыт, НЕ зашифрован</translation>
    </message>
    <message>
        <source>Journal: reconnecting</source>
        <translation>Журнал: переподключение</translation>
    </message>
    <message>
        <source>Journal: offline</source>
        <translation>Журнал: недоступен</translation>
    </message>
    <message>
        <source>The journal cannot be reached (%1). The console reconnects by itself (Retry in the status bar tries now). Payments and withdrawals are disabled until it is back: nothing moves money without a record.</source>
        <translation>Журнал недоступен (%1). Консоль переподключится сама («Повторить» в строке состояния — сразу). Платежи и выплаты отключены, пока он не вернётся: деньги не движутся без записи.</translation>
    </message>
    <message>
        <source>Journal state</source>
        <translation>Состояние журнала</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Reconnect to the journal now</source>
        <translation>Переподключиться к журналу сейчас</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Switch to production profile %1 (merchant %2, %3)?

Payments and withdrawals sent from it move real money. The forms are cleared: nothing typed for another profile goes with it.</source>
        <translation>Перейти на боевой профиль %1 (мерчант %2, %3)?

Платежи и выплаты с него двигают настоящие деньги. Формы будут очищены: ничего из набранного для другого профиля в него не перейдёт.</translation>
    </message>
    <message>
        <source>%1 (PRODUCTION)</source>
        <translation>%1 (БОЕВОЙ)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Статус платежа</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Withdrawal status</source>
        <translation>Статус выплаты</translation>
    </message>
    <message>
        <source>Host-to-host card (all or none)</source>
        <translation>Карта host-to-host (все поля или ни одного)</translation>
    </message>
    <message>
        <source>3-D Secure 2.0 browser (all or none)</source>
        <translation>Браузер для 3-D Secure 2.0 (все поля или ни одного)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Fields (id or order)</source>
        <translation>Поля (ID или номер заказа)</translation>
    </message>
</context>
<context>
    <name>OperationCall</name>
    <message>
        <source>Initiates a payment (POST /init). Sent at most once: if the outcome is unknown, ask with `status`, never init again.</source>
        <translation>Создаёт платёж (POST /init). Отправляется не больше одного раза: если исход неизвестен, узнайте его через `status`, но не вызывайте init повторно.</translation>
    </message>
    <message>
        <source>Asks a payment&apos;s status (GET /status).</source>
        <translation>Запрашивает статус платежа (GET /status).</translation>
    </message>
    <message>
        <source>Asks the merchant&apos;s balance (GET /balance).</source>
        <translation>Запрашивает баланс мерчанта (GET /balance).</translation>
    </message>
    <message>
        <source>Requests a payout to a card (POST /withdrawal_request). Sent at most once: if the outcome is unknown, ask with `withdrawal-status`, never withdraw again.</source>
        <translation>Заказывает выплату на карту (POST /withdrawal_request). Отправляется не больше одного раза: если исход неизвестен, узнайте его через `withdrawal-status`, но не вызывайте withdraw повторно.</translation>
    </message>
    <message>
        <source>Asks a withdrawal&apos;s status by id or by order (GET /withdrawal_request).</source>
        <translation>Запрашивает статус выплаты по ID или номеру заказа (GET /withdrawal_request).</translation>
    </message>
    <message>
        <source>(* required) Exit codes: 0 ok, 2 usage or validation (nothing sent), 3 refused by the gateway, 4 gateway failed, 5 network failed.</source>
        <translation>(* — обязательно) Коды выхода: 0 — успешно, 2 — ошибка в вызове или в полях (ничего не отправлено), 3 — отказ шлюза, 4 — сбой шлюза, 5 — сетевая ошибка.</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not a valid URL</source>
        <translation>--base-url «%1» — неверный адрес</translation>
    </message>
    <message>
        <source>unknown field(s) for %1: %2 (fields: %3)</source>
        <translation>неизвестные поля для %1: %2 (допустимые поля: %3)</translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation> (код %1)</translation>
    </message>
    <message>
        <source>invalid request, nothing was sent: %1</source>
        <translation>запрос заполнен неверно, ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>соединение закрыто</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>хост не найден</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Bound on the whole call, retries included, in seconds (default 30; in a batch, per row).</source>
        <translation>Предел на весь запрос вместе с повторами, в секундах (по умолчанию 30; в пакете — на каждую строку).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>CSV file with a header row of request fields: one call per row, one JSON line per row out, in row order; an empty cell is a field not given. KEY=VALUE fields apply to every row. Exit code: 0 if every row succeeded, else the highest of the failed rows&apos; codes (5 &gt; 4 &gt; 3 &gt; 2).</source>
        <translation>CSV-файл, в строке заголовка которого — поля запроса: по одному запросу на строку и по одной строке JSON на выходе, в порядке строк; пустая ячейка — поле не задано. Поля КЛЮЧ=ЗНАЧЕНИЕ применяются к каждой строке. Код выхода: 0, если все строки прошли успешно, иначе наибольший из кодов неудачных строк (5 &gt; 4 &gt; 3 &gt; 2).</translation>
    </message>
    <message>
        <source>Calls at a time in a batch (default %1).</source>
        <translation>Сколько запросов пакета выполнять одновременно (по умолчанию %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Request fields.</source>
        <translation>Поля запроса.</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[КЛЮЧ=ЗНАЧЕНИЕ...]</translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation>; см. --help</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] [KEY=VALUE...]</source>
        <translation>Использование: %1 %2 [параметры] [КЛЮЧ=ЗНАЧЕНИЕ...]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>«%1» — не в виде КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation>поле «%1» указано дважды</translation>
    </message>
    <message>
        <source>--jobs wants a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--jobs ждёт целое число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--jobs applies to --batch only</source>
        <translation>--jobs действует только вместе с --batch</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is not a field of %3 (fields: %4)</source>
        <translation>%1: столбец «%2» — не поле %3 (допустимые поля: %4)</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is also given as %2=...</source>
        <translation>%1: столбец «%2» задан ещё и как %2=...</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>--journal: %1; nothing was sent</source>
        <translation>--journal: %1; ничего не отправлено</translation>
    </message>
    <message>
        <source>journal: %1; nothing was sent</source>
        <translation>журнал: %1; ничего не отправлено</translation>
    </message>
    <message>
        <source>the result could not be recorded in the journal: %1</source>
        <translation>результат не удалось записать в журнал: %1</translation>
    </message>
    <message>
        <source>SQLite journals only, for a one-person dry run of approvals: write as NAME instead of the login name. On PostgreSQL the database role is the operator.</source>
        <translation>Только для журналов SQLite, проба одобрений одним человеком: писать от имени ИМЯ вместо имени входа. В PostgreSQL оператор — роль в базе.</translation>
    </message>
    <message>
        <source>--operator: %1; nothing was sent</source>
        <translation>--operator: %1; ничего не отправлено</translation>
    </message>
    <message>
        <source>an approved request is sent as it was journalled; give no KEY=VALUE fields</source>
        <translation>одобренный запрос отправляется таким, каким записан в журнал; поля KEY=VALUE не нужны</translation>
    </message>
    <message>
        <source>%1: awaiting another operator&apos;s approval as request %2 (merchant-cli approvals approve %2); nothing was sent</source>
        <translation>%1: ждёт одобрения другого оператора как запрос %2 (merchant-cli approvals approve %2); ничего не отправлено</translation>
    </message>
    <message>
        <source>The journal that records the call: sqlite:///path/file.db, a path, or postgresql://user@host:port/db. A payment or withdrawal is recorded before it is sent, and refused when its order was already sent. Default: the --profile&apos;s journal URL, else the console&apos;s own file. The password comes from the profile&apos;s keychain entry, else ~/.pgpass or PGPASSFILE.</source>
        <translation>Журнал, в который записывается вызов: sqlite:///путь/файл.db, путь или postgresql://пользователь@хост:порт/база. Платёж или выплата записывается до отправки и отклоняется, если этот заказ уже был отправлен. По умолчанию: URL журнала профиля --profile, иначе собственный файл консоли. Пароль берётся из записи профиля в хранилище ключей, иначе из ~/.pgpass или PGPASSFILE.</translation>
    </message>
    <message>
        <source>the results could not be recorded in the journal: %1</source>
        <translation>результаты не удалось записать в журнал: %1</translation>
    </message>
    <message>
        <source>File of KEY=VALUE lines with the card (%1), or - for standard input (asked field by field, the CVC unechoed, on a terminal). Card fields are never taken as arguments, which every local user can read in the process list.</source>
        <translation>Файл со строками КЛЮЧ=ЗНАЧЕНИЕ с данными карты (%1) или - для стандартного ввода (на терминале — по полю, CVC без отображения). Поля карты никогда не принимаются аргументами: их видит в списке процессов любой локальный пользователь.</translation>
    </message>
    <message>
        <source>Refunds a paid payment to the card that paid it (POST /withdrawal_request), as the console&apos;s Refund… does: at most what is left of the payment, to the card whose first 6 and last 4 digits paid it, under the same approval policy; the journal records which payment it refunds. The order defaults to refund-ORDER (-2, -3... for later refunds), merchant_id and currency to the profile&apos;s and the payment&apos;s.</source>
        <translation>Возвращает оплаченный платёж на карту, которой он оплачен (POST /withdrawal_request), как «Возврат…» в консоли: не больше остатка платежа, на карту с теми же первыми 6 и последними 4 цифрами, по той же политике одобрения; журнал записывает, какой платёж возвращён. Заказ по умолчанию refund-ORDER (-2, -3... для следующих возвратов), merchant_id и валюта — из профиля и платежа.</translation>
    </message>
    <message>
        <source>The order of the paid payment to refund.</source>
        <translation>Заказ оплаченного платежа, который нужно вернуть.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ЗАКАЗ</translation>
    </message>
    <message>
        <source>--payment ORDER names the payment to refund; nothing was sent</source>
        <translation>--payment ORDER указывает платёж для возврата; ничего не отправлено</translation>
    </message>
    <message>
        <source>no payment %1 in the journal%2; nothing was sent</source>
        <translation>в журнале нет платежа %1%2; ничего не отправлено</translation>
    </message>
    <message>
        <source> for profile %1</source>
        <translation> для профиля %1</translation>
    </message>
    <message>
        <source>payment %1 is not paid as far as the journal knows (%2): check its status first; nothing was sent</source>
        <translation>платёж %1 не оплачен по данным журнала (%2): сначала проверьте его статус; ничего не отправлено</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; ничего не отправлено</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> Ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1 is not taken as an argument: every local user can read a command line in the process list (ps); give the card with --card FILE or --card -; nothing was sent</source>
        <translation>%1 не принимается аргументом: командную строку видит в списке процессов (ps) любой локальный пользователь; передайте карту через --card ФАЙЛ или --card -; ничего не отправлено</translation>
    </message>
    <message numerus="yes">
        <source>rate limit: asked again %n time(s) after the gateway&apos;s Retry-After</source>
        <translation>
            <numerusform>ограничение частоты: запрос повторён после Retry-After шлюза %n раз</numerusform>
            <numerusform>ограничение частоты: запрос повторён после Retry-After шлюза %n раза</numerusform>
            <numerusform>ограничение частоты: запрос повторён после Retry-After шлюза %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite journals only, for a one-person dry run: hold ROLE alone (viewer, operator, approver or owner) instead of every role. On PostgreSQL the database says which roles the login holds.</source>
        <translation>Только для журналов SQLite, проба для одного человека: иметь только РОЛЬ (viewer, operator, approver или owner) вместо всех ролей. В PostgreSQL роли логина определяет база данных.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>--role wants viewer, operator, approver or owner, not &apos;%1&apos;; nothing was sent</source>
        <translation>--role ждёт viewer, operator, approver или owner, а не &apos;%1&apos;; ничего не отправлено</translation>
    </message>
    <message>
        <source>--role: %1; nothing was sent</source>
        <translation>--role: %1; ничего не отправлено</translation>
    </message>
    <message>
        <source>%1 needs the %2 role: %3; nothing was sent</source>
        <translation>%1 требует роли %2: %3; ничего не отправлено</translation>
    </message>
    <message>
        <source>A console profile: its base URL, timeout, merchant_id, product_id and currency are the defaults, its journal the journal, and its secret comes from the OS keychain.</source>
        <translation>Профиль консоли: его базовый адрес, тайм-аут, merchant_id, product_id и валюта берутся по умолчанию, его журнал — как журнал, а секретный ключ — из системного хранилища ключей.</translation>
    </message>
</context>
<context>
    <name>OperationPage</name>
    <message>
        <source>&amp;Send payment…</source>
        <translation>О&amp;тправить платёж…</translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation>Вып&amp;латить…</translation>
    </message>
    <message>
        <source>&amp;Get balance</source>
        <translation>&amp;Узнать баланс</translation>
    </message>
    <message>
        <source>&amp;Get status</source>
        <translation>&amp;Узнать статус</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Give the id or the order, not both</source>
        <translation>Укажите ID или номер заказа, но не оба сразу</translation>
    </message>
    <message>
        <source>Same order again</source>
        <translation>Повтор заказа</translation>
    </message>
    <message>
        <source>Order %1 was already sent in this session. Sending it again may pay twice.

Send it again anyway?</source>
        <translation>Заказ %1 уже отправлялся в этом сеансе. Повторная отправка может провести оплату дважды.

Всё равно отправить снова?</translation>
    </message>
    <message>
        <source>This order was already sent in this session.</source>
        <translation>Этот заказ уже отправлялся в этом сеансе.</translation>
    </message>
    <message>
        <source>Refund exceeds the payment</source>
        <translation>Возврат больше платежа</translation>
    </message>
    <message>
        <source>Payment %1 was %2. Already refunded: %3. This refund of %4 would bring the total to %5, more than was paid.

Refund anyway?</source>
        <translation>Платёж %1 был на %2. Уже возвращено: %3. С этим возвратом на %4 всего будет возвращено %5 — больше, чем было оплачено.

Всё равно оформить возврат?</translation>
    </message>
    <message>
        <source>The refunds exceed the payment&apos;s amount.</source>
        <translation>Сумма возвратов превышает сумму платежа.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Settled: the gateway does not have it — it was not carried out</source>
        <translation>Выяснено: в шлюзе запроса нет — он не выполнялся</translation>
    </message>
    <message>
        <source>The outcome of order %1 is unknown: check its status first.</source>
        <translation>Исход заказа %1 неизвестен: сначала проверьте его статус.</translation>
    </message>
    <message>
        <source>The request was sent, but no definite answer came back.
%1
It may or may not have been carried out. Do not send it again: use Check status.</source>
        <translation>Запрос отправлен, но определённого ответа не пришло.
%1
Он мог быть выполнен, а мог и не быть. Не отправляйте его повторно: нажмите «Проверить статус».</translation>
    </message>
    <message>
        <source>Refund of payment %1: paid %2 %3; already refunded %4; %5 left.</source>
        <translation>Возврат по платежу %1: оплачено %2 %3; уже возвращено %4; осталось %5.</translation>
    </message>
    <message>
        <source>Refund of payment %1: its amount is not in the journal; already refunded %2.</source>
        <translation>Возврат по платежу %1: суммы платежа нет в журнале; уже возвращено %2.</translation>
    </message>
    <message>
        <source>It goes back to the card that paid, %1 (from the journal): type that card&apos;s number.</source>
        <translation>Деньги вернутся на карту, с которой платили, — %1 (по журналу): введите номер этой карты.</translation>
    </message>
    <message>
        <source>It goes back to the card that paid, %1 (from the payment&apos;s webhook): type that card&apos;s number.</source>
        <translation>Деньги вернутся на карту, с которой платили, — %1 (по вебхуку платежа): введите номер этой карты.</translation>
    </message>
    <message>
        <source>The card that paid is not known to the console (no journal entry or webhook names it): make sure the number typed is the payer&apos;s card.</source>
        <translation>Консоль не знает, с какой карты платили (её нет ни в журнале, ни в вебхуке): убедитесь, что вводите карту плательщика.</translation>
    </message>
    <message>
        <source>The card that paid is not known: make sure this is the payer&apos;s card.</source>
        <translation>Карта, с которой платили, неизвестна: убедитесь, что это карта плательщика.</translation>
    </message>
    <message>
        <source>Settled by a status check: the gateway has it.</source>
        <translation>Выяснено проверкой статуса: запрос есть в шлюзе.</translation>
    </message>
    <message>
        <source>&amp;Send live payment…</source>
        <translation>О&amp;тправить боевой платёж…</translation>
    </message>
    <message>
        <source>Send live &amp;payout…</source>
        <translation>&amp;Отправить боевую выплату…</translation>
    </message>
    <message>
        <source>H&amp;ost-to-host card</source>
        <translation>Данные карты (&amp;host-to-host)</translation>
    </message>
    <message>
        <source>&amp;3-D Secure 2.0 (browser)</source>
        <translation>&amp;3-D Secure 2.0 (браузер)</translation>
    </message>
    <message>
        <source>Copy as merchant-cli command</source>
        <translation>Копировать команду merchant-cli</translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation>П&amp;роверить статус</translation>
    </message>
    <message>
        <source>Refu&amp;nd…</source>
        <translation>В&amp;озврат…</translation>
    </message>
    <message>
        <source>Confirmed by a status check.</source>
        <translation>Подтверждено проверкой статуса.</translation>
    </message>
    <message>
        <source>Of that, %1 waits for another operator&apos;s approval (Approvals page).</source>
        <translation>Из них %1 ждут одобрения другого оператора (страница «Одобрения»).</translation>
    </message>
    <message>
        <source>Cancelled — nothing sent</source>
        <translation>Отменено — ничего не отправлено</translation>
    </message>
    <message>
        <source>Order %1 was not sent: the confirmation was cancelled.</source>
        <translation>Заказ %1 не отправлен: подтверждение отменено.</translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 %3 already refunded.</source>
        <translation>Возвращать больше нечего: уже возвращено %1 из %2 %3.</translation>
    </message>
</context>
<context>
    <name>OperationProtocol</name>
    <message>
        <source>%1 of order %2 was already sent by %3 at %4; its outcome: %5. Nothing was sent now; to send it again, use a new order.</source>
        <translation>%1 по заказу %2 уже отправил(а) %3 в %4; исход: %5. Сейчас ничего не отправлено; чтобы отправить снова, используйте новый заказ.</translation>
    </message>
    <message>
        <source>another operator</source>
        <translation>другой оператор</translation>
    </message>
</context>
<context>
    <name>OperationResult</name>
    <message>
        <source>the gateway refused: %1</source>
        <translation>шлюз отказал: %1</translation>
    </message>
    <message>
        <source>the gateway failed: %1</source>
        <translation>сбой шлюза: %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>сетевая ошибка: %1</translation>
    </message>
    <message>
        <source>%1 The outcome is unknown: the request may have reached the gateway. Do not send it again; check with `%2`</source>
        <translation>%1 Итог неизвестен: запрос мог дойти до шлюза. Не отправляйте его снова; проверьте командой `%2`</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation>Отклонено шлюзом</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Исход неизвестен</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Payout pending</source>
        <translation>Выплата в обработке</translation>
    </message>
    <message>
        <source>Payout declined</source>
        <translation>Выплата отклонена</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Отправлен, ждём ответа</translation>
    </message>
    <message>
        <source>Not found at the gateway</source>
        <translation>Не найден в шлюзе</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Valid webhook</source>
        <translation>Верный вебхук</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Неверная подпись</translation>
    </message>
    <message>
        <source>the gateway could not be reached</source>
        <translation>шлюз недоступен</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>не удалось защищённое соединение</translation>
    </message>
    <message>
        <source>no secret for the profile</source>
        <translation>нет секретного ключа профиля</translation>
    </message>
    <message>
        <source>the journal could not record it</source>
        <translation>журнал не смог записать запрос</translation>
    </message>
    <message>
        <source>the request was not valid</source>
        <translation>запрос некорректен</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>нечитаемый ответ</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>слишком большой ответ</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>соединение закрыто</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>waiting for the payer</source>
        <translation>ждёт плательщика</translation>
    </message>
    <message>
        <source>check its status for the result</source>
        <translation>результат покажет проверка статуса</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>success</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не прошёл</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Money per day</source>
        <translation>Деньги по дням</translation>
    </message>
    <message>
        <source>%1: paid %2, refunded %3, paid out %4 %5</source>
        <translation>%1: оплачено %2, возвращено %3, выплачено %4 %5</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Исход неизвестен</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Refund of %1</source>
        <translation>Возврат по %1</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the journal and ask the balance again</source>
        <translation>Перечитать журнал и снова запросить баланс</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Ask the &amp;balance</source>
        <translation>Запросить &amp;баланс</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Сегодня (UTC)</translation>
    </message>
    <message>
        <source>This week (UTC, since Monday)</source>
        <translation>Эта неделя (UTC, с понедельника)</translation>
    </message>
    <message>
        <source>Waits for you</source>
        <translation>Ждёт вас</translation>
    </message>
    <message>
        <source>Last %1 days (UTC)</source>
        <translation>Последние %1 дней (UTC)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <source>Team activity: the latest payments and payouts</source>
        <translation>Работа команды: последние платежи и выплаты</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Ещё не запрошен.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) wait for your approval</source>
        <translation>
            <numerusform>%n выплата ждёт вашего одобрения</numerusform>
            <numerusform>%n выплаты ждут вашего одобрения</numerusform>
            <numerusform>%n выплат ждут вашего одобрения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 %4, by %5</source>
        <translation>%1 %2, %3 %4, отправил(а) %5</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Исход неизвестен: %1</translation>
    </message>
    <message>
        <source>Pending since %1: %2</source>
        <translation>В ожидании с %1: %2</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Ничего не ждёт вас.</translation>
    </message>
    <message>
        <source>%1 (recorded by %2)</source>
        <translation>%1 (записал(а) %2)</translation>
    </message>
    <message>
        <source>No payment or payout in the journal yet.</source>
        <translation>В журнале ещё нет платежей и выплат.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>The balance is asked with the profile&apos;s secret, which is not loaded: %1</source>
        <translation>Баланс запрашивается с секретом профиля, а он не загружен: %1</translation>
    </message>
    <message>
        <source>%1: asking…</source>
        <translation>%1: запрос…</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation>ID &amp;мерчанта:</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID мерчанта</translation>
    </message>
    <message>
        <source>P&amp;roduct ID:</source>
        <translation>ID п&amp;родукта:</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID продукта</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Секретный ключ:</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>Сохранить про&amp;филь</translation>
    </message>
    <message>
        <source>Store secret in &amp;keychain</source>
        <translation>Сохранить &amp;ключ в хранилище</translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation>Уд&amp;алить ключ</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;: real money moves with this profile.</source>
        <translation>&lt;b&gt;Боевой&lt;/b&gt;: в этом профиле движутся реальные деньги.</translation>
    </message>
    <message>
        <source>Test gateway.</source>
        <translation>Тестовый шлюз.</translation>
    </message>
    <message>
        <source>(embedded sandbox, started by the console)</source>
        <translation>(встроенная песочница, её запускает консоль)</translation>
    </message>
    <message>
        <source>The sandbox secret is generated at each start and never stored.</source>
        <translation>Ключ песочницы создаётся при каждом запуске и нигде не сохраняется.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Чтение хранилища ключей…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation>Секретный ключ сохранён в хранилище.</translation>
    </message>
    <message>
        <source>A profile needs a name (not &quot;%1&quot;) and an http or https base URL.</source>
        <translation>Профилю нужно имя (не «%1») и базовый адрес http или https.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Не удалось сохранить профиль.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Remove profile %1? Its secret stays in the keychain until you delete it.</source>
        <translation>Удалить профиль %1? Его секретный ключ останется в хранилище, пока вы его не удалите.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Нет хранилища ключей</translation>
    </message>
    <message>
        <source>%1

Keep the secret in memory for this session only? It will be forgotten when the console closes; nothing is written to disk.</source>
        <translation>%1

Держать ключ в памяти только на этот сеанс? Он забудется при закрытии консоли; на диск ничего не записывается.</translation>
    </message>
    <message>
        <source>Secret kept in memory for this session only.</source>
        <translation>Секретный ключ хранится в памяти только на этот сеанс.</translation>
    </message>
    <message>
        <source>Switch to profile %1 first, then store the secret for the session.</source>
        <translation>Сначала переключитесь на профиль %1, затем сохраните ключ на сеанс.</translation>
    </message>
    <message>
        <source>Secret deleted.</source>
        <translation>Секретный ключ удалён.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Боевая (настоящие деньги)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Ср&amp;еда:</translation>
    </message>
    <message>
        <source>http(s) address of the gateway</source>
        <translation>адрес шлюза, http(s)</translation>
    </message>
    <message>
        <source>type a new secret; Save stores it in the keychain</source>
        <translation>введите новый ключ; «Сохранить профиль» положит его в хранилище ключей</translation>
    </message>
    <message>
        <source>Remove pr&amp;ofile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <source>This is the production gateway&apos;s address: choose the Production environment to save it.</source>
        <translation>Это адрес боевого шлюза: чтобы сохранить профиль, выберите боевую среду.</translation>
    </message>
    <message>
        <source>%1 is the production gateway. Choose the Production environment for this profile, or another address.</source>
        <translation>%1 — боевой шлюз. Выберите для профиля боевую среду или другой адрес.</translation>
    </message>
    <message>
        <source>&amp;Journal URL:</source>
        <translation>URL &amp;журнала:</translation>
    </message>
    <message>
        <source>Journal URL</source>
        <translation>URL журнала</translation>
    </message>
    <message>
        <source>empty: the journal of Settings…</source>
        <translation>пусто: журнал из «Настроек…»</translation>
    </message>
    <message>
        <source>sqlite:///path/file.db, a path, or postgresql://user@host:port/db for a team&apos;s shared journal.</source>
        <translation>sqlite:///путь/файл.db, путь или postgresql://пользователь@хост:порт/база для общего журнала команды.</translation>
    </message>
    <message>
        <source>New journal password</source>
        <translation>Новый пароль журнала</translation>
    </message>
    <message>
        <source>PostgreSQL only; Save stores it in the keychain (else ~/.pgpass)</source>
        <translation>только PostgreSQL; «Сохранить» кладёт его в хранилище ключей (иначе ~/.pgpass)</translation>
    </message>
    <message>
        <source>Journal pass&amp;word:</source>
        <translation>Пар&amp;оль журнала:</translation>
    </message>
    <message>
        <source>Journal URL: %1</source>
        <translation>URL журнала: %1</translation>
    </message>
    <message>
        <source>The journal password is stored in the keychain.</source>
        <translation>Пароль журнала сохранён в хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Merchant Console</source>
        <translation>Merchant Console</translation>
    </message>
    <message>
        <source>Desktop console for the Client Payment API.</source>
        <translation>Настольная консоль для Client Payment API.</translation>
    </message>
    <message>
        <source>Build and show the main window, wait for its first paint, print the time it took, and exit 0.</source>
        <translation>Создать и показать главное окно, дождаться первой отрисовки, вывести затраченное время и выйти с кодом 0.</translation>
    </message>
    <message>
        <source>Show the console in LANG (en or ru) this time, whatever the settings say.</source>
        <translation>Показать консоль на языке ЯЗЫК (en или ru) только в этот раз, что бы ни было указано в настройках.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>no paint within 30 s</source>
        <translation>окно не отрисовалось за 30 с</translation>
    </message>
    <message>
        <source>The embedded sandbox gateway could not listen on a loopback port.</source>
        <translation>Встроенная песочница не смогла открыть порт на loopback.</translation>
    </message>
</context>
<context>
    <name>ReconChart</name>
    <message>
        <source>Totals per day</source>
        <translation>Итоги по дням</translation>
    </message>
    <message>
        <source>%1 %2: payments %3, refunds %4, payouts %5</source>
        <translation>%1 %2: платежи %3, возвраты %4, выплаты %5</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>No money moved in this period, or no run yet.</source>
        <translation>За этот период деньги не двигались, или сверка ещё не запускалась.</translation>
    </message>
</context>
<context>
    <name>ReconDate</name>
    <message>
        <source>&apos;%1&apos; is not a date: give YYYY-MM-DD, e.g. 2026-12-06</source>
        <translation>«%1» — не дата: укажите ГГГГ-ММ-ДД, например 2026-12-06</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation>дня «%1» нет в календаре</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (years 2000 to 2999)</source>
        <translation>«%1» вне допустимого диапазона (годы с 2000 по 2999)</translation>
    </message>
</context>
<context>
    <name>ReconFindingModel</name>
    <message>
        <source>Disagreement</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Journal says</source>
        <translation>По журналу</translation>
    </message>
    <message>
        <source>Gateway says</source>
        <translation>По шлюзу</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ReconKind</name>
    <message>
        <source>Unknown outcome settled</source>
        <translation>Неизвестный исход выяснен</translation>
    </message>
    <message>
        <source>Money moved unexpectedly</source>
        <translation>Деньги ушли вопреки журналу</translation>
    </message>
    <message>
        <source>Webhook without entry</source>
        <translation>Вебхук без записи</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Сумма расходится</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>Валюта расходится</translation>
    </message>
    <message>
        <source>Refunded more than paid</source>
        <translation>Возвращено больше, чем оплачено</translation>
    </message>
    <message>
        <source>Webhook fails verification</source>
        <translation>Вебхук не прошёл проверку</translation>
    </message>
    <message>
        <source>Conflicting webhook resend</source>
        <translation>Противоречивый повтор вебхука</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Проверка статуса не удалась</translation>
    </message>
    <message>
        <source>The journal did not know what came of it; the gateway does now, and the journal entry was settled with its answer.</source>
        <translation>Журнал не знал, чем всё закончилось; шлюз теперь знает, и запись журнала закрыта его ответом.</translation>
    </message>
    <message>
        <source>The journal says it failed or was refused, but the gateway or a webhook says it completed: money moved that we think did not.</source>
        <translation>По журналу операция не прошла или отклонена, а шлюз или вебхук говорят, что она завершена: деньги ушли, хотя мы считаем иначе.</translation>
    </message>
    <message>
        <source>A webhook for an order that the journal never sent.</source>
        <translation>Вебхук о заказе, который по журналу никогда не отправлялся.</translation>
    </message>
    <message>
        <source>The amount journalled differs from the amount of its webhook.</source>
        <translation>Сумма в журнале отличается от суммы в вебхуке.</translation>
    </message>
    <message>
        <source>The currency journalled differs from the currency of its webhook.</source>
        <translation>Валюта в журнале отличается от валюты в вебхуке.</translation>
    </message>
    <message>
        <source>The refunds of this payment add up to more than the payment.</source>
        <translation>Возвраты по этому платежу в сумме больше самого платежа.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not verify with the profile&apos;s secret: do not trust its content.</source>
        <translation>Подпись вебхука не сходится с секретным ключом профиля: его содержимому доверять нельзя.</translation>
    </message>
    <message>
        <source>A webhook was sent again with the same webhook_id but different fields.</source>
        <translation>Вебхук пришёл повторно с тем же webhook_id, но с другими полями.</translation>
    </message>
    <message>
        <source>The gateway gave no definite answer to the status check; run again later.</source>
        <translation>Шлюз не дал определённого ответа на запрос статуса; повторите сверку позже.</translation>
    </message>
    <message>
        <source>Payout without approval</source>
        <translation>Выплата без одобрения</translation>
    </message>
    <message>
        <source>Over the daily limit</source>
        <translation>Сверх дневного лимита</translation>
    </message>
    <message>
        <source>Contradicting outcome</source>
        <translation>Противоречащий исход</translation>
    </message>
    <message>
        <source>A payout above the team&apos;s approval limit was sent without another operator&apos;s approval: it went around the journal&apos;s rules.</source>
        <translation>Выплата выше лимита одобрения команды отправлена без одобрения другого оператора: она обошла правила журнала.</translation>
    </message>
    <message>
        <source>An operator&apos;s payouts of the day (UTC) add up to more than the daily limit: a payout went around the journal&apos;s rules.</source>
        <translation>Выплаты оператора за день (UTC) в сумме превышают дневной лимит: выплата обошла правила журнала.</translation>
    </message>
    <message>
        <source>A final outcome was followed by one that says otherwise: both are kept, the first stays the entry&apos;s. Check who wrote the second, and the gateway.</source>
        <translation>За окончательным исходом последовал противоречащий ему: оба сохранены, исходом записи остаётся первый. Проверьте, кто записал второй, и спросите шлюз.</translation>
    </message>
</context>
<context>
    <name>ReconPdfReport</name>
    <message>
        <source>Reconciliation report</source>
        <translation>Отчёт о сверке</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>The journal, the gateway and the webhooks agree.</source>
        <translation>Журнал, шлюз и вебхуки сходятся.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Journal says</source>
        <translation>По журналу</translation>
    </message>
    <message>
        <source>Gateway says</source>
        <translation>По шлюзу</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ReconWebhookFile</name>
    <message>
        <source>%1: is a directory, not a file of webhooks</source>
        <translation>%1: это каталог, а не файл с вебхуками</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; split it</source>
        <translation>%1: больше %2 МиБ; разделите его</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>%1: no webhook in it</source>
        <translation>%1: в нём нет ни одного вебхука</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles the journal with the gateway: asks the status of every payment and withdrawal journalled in the period, matches the webhooks received (journalled, and those of --webhooks files, verified with the secret), and names each disagreement. An outcome unknown that the gateway now knows is settled in the journal. Exit 0 when all agree, 1 on a disagreement, 2 to 5 on errors.</source>
        <translation>Сверяет журнал со шлюзом: запрашивает статус каждого платежа и каждой выплаты из журнала за период, сопоставляет полученные вебхуки (из журнала и из файлов --webhooks, проверенные секретным ключом) и называет каждое расхождение. Неизвестный исход, который шлюз теперь знает, закрывается в журнале. Код выхода 0, если всё сходится, 1 при расхождении, от 2 до 5 при ошибках.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD, UTC (default: --until or today).</source>
        <translation>Первый день, ГГГГ-ММ-ДД, UTC (по умолчанию — --until или сегодня).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Last day, included, YYYY-MM-DD, UTC (default: today).</source>
        <translation>Последний день включительно, ГГГГ-ММ-ДД, UTC (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>A file of webhooks from a log (form bodies, JSON, Python dicts, key: value blocks); repeat it, or name more files after it.</source>
        <translation>Файл вебхуков из лога (тела форм, JSON, словари Python, блоки key: value); повторите параметр или перечислите файлы после него.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The path of the URL the webhooks were sent to, which their signature covers (default /webhooks).</source>
        <translation>Путь адреса, на который отправлялись вебхуки; его покрывает подпись (по умолчанию /webhooks).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>Status calls at a time (default %1).</source>
        <translation>Запросов статуса одновременно (по умолчанию %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One JSON object a line, one line per disagreement.</source>
        <translation>Один объект JSON в строке, по строке на расхождение.</translation>
    </message>
    <message>
        <source>Bound on each status call, in seconds (default 30).</source>
        <translation>Предел на каждый запрос статуса, в секундах (по умолчанию 30).</translation>
    </message>
    <message>
        <source>More webhook files, after --webhooks.</source>
        <translation>Ещё файлы вебхуков, после --webhooks.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ФАЙЛ...]</translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation>; см. --help</translation>
    </message>
    <message>
        <source>Usage: %1 reconcile --journal URL [--since DATE] [--until DATE] [--webhooks FILE...] [--jobs N] [--json]</source>
        <translation>Использование: %1 reconcile --journal URL [--since ДАТА] [--until ДАТА] [--webhooks ФАЙЛ...] [--jobs N] [--json]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; webhook files follow --webhooks</source>
        <translation>лишний аргумент «%1»; файлы вебхуков указываются после --webhooks</translation>
    </message>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation>--since %1 позже, чем --until %2</translation>
    </message>
    <message>
        <source>--jobs wants a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--jobs ждёт целое число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--webhook-path wants a path that starts with /, not &apos;%1&apos;</source>
        <translation>--webhook-path ждёт путь, начинающийся с /, а не «%1»</translation>
    </message>
    <message>
        <source>--webhooks: %1</source>
        <translation>--webhooks: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>журнал: %1</translation>
    </message>
    <message>
        <source>the journal could not record what the gateway settled: %1</source>
        <translation>журнал не смог записать то, что выяснил шлюз: %1</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ЗАПИСЬ</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ЗАКАЗ</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>CUR</source>
        <translation>ВАЛ</translation>
    </message>
    <message>
        <source>JOURNAL</source>
        <translation>ЖУРНАЛ</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>ШЛЮЗ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>%1 to %2: %3 payments and withdrawals asked, %4 webhooks matched, %5 disagreements, %6 unknown outcomes settled.</source>
        <translation>С %1 по %2: запрошено платежей и выплат — %3, сопоставлено вебхуков — %4, расхождений — %5, выяснено неизвестных исходов — %6.</translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2; what follows is read from a journal that was changed</source>
        <translation>журнал нарушен на записи %1: %2; всё ниже прочитано из изменённого журнала</translation>
    </message>
    <message numerus="yes">
        <source>rate limits: status calls asked again %n time(s) after the gateway&apos;s Retry-After</source>
        <translation>
            <numerusform>ограничение частоты: запросы статуса повторены после Retry-After шлюза %n раз</numerusform>
            <numerusform>ограничение частоты: запросы статуса повторены после Retry-After шлюза %n раза</numerusform>
            <numerusform>ограничение частоты: запросы статуса повторены после Retry-After шлюза %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merchant %1: %n entry(s) checked, whatever wrote them;</source>
        <translation>
            <numerusform>Мерчант %1: проверена %n запись, кто бы её ни написал;</numerusform>
            <numerusform>Мерчант %1: проверены %n записи, кто бы их ни написал;</numerusform>
            <numerusform>Мерчант %1: проверено %n записей, кто бы их ни написал;</numerusform>
        </translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of other merchants or gateways left out.</source>
        <translation>
            <numerusform>Пропущена %n запись других мерчантов или шлюзов.</numerusform>
            <numerusform>Пропущены %n записи других мерчантов или шлюзов.</numerusform>
            <numerusform>Пропущено %n записей других мерчантов или шлюзов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) the gateway settled left as they are: %1</source>
        <translation>
            <numerusform>%n неизвестный исход, известный шлюзу, оставлен как есть: %1</numerusform>
            <numerusform>%n неизвестных исхода, известных шлюзу, оставлены как есть: %1</numerusform>
            <numerusform>%n неизвестных исходов, известных шлюзу, оставлены как есть: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the --profile&apos;s, else the console&apos;s own file).</source>
        <translation>Журнал: sqlite:///путь/файл.db, путь или postgresql://пользователь@хост:порт/бд (по умолчанию — журнал профиля --profile, иначе собственный файл консоли).</translation>
    </message>
    <message>
        <source>A console profile: the entries of its merchant on its gateway, whatever wrote them (as the console&apos;s Reconciliation page), its base URL, timeout and journal, and its secret from the OS keychain.</source>
        <translation>Профиль консоли: записи его мерчанта на его шлюзе, кто бы их ни написал (как на странице «Сверка» консоли), его базовый адрес, тайм-аут и журнал, а секретный ключ — из хранилища ключей ОС.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>the gateway&apos;s status &apos;%1&apos; is not one this program knows</source>
        <translation>статус шлюза «%1» этой программе неизвестен</translation>
    </message>
    <message>
        <source>settled as %1</source>
        <translation>закрыто как %1</translation>
    </message>
    <message>
        <source>the gateway&apos;s status says complete</source>
        <translation>по статусу шлюза — завершено</translation>
    </message>
    <message>
        <source>webhook_id %1 was seen before with other fields</source>
        <translation>webhook_id %1 уже встречался с другими полями</translation>
    </message>
    <message>
        <source>no %1 of order %2 in the journal</source>
        <translation>в журнале нет операции %1 по заказу %2</translation>
    </message>
    <message>
        <source>journal %1, webhook %2</source>
        <translation>журнал %1, вебхук %2</translation>
    </message>
    <message>
        <source>the webhook says complete</source>
        <translation>по вебхуку — завершено</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) total %1 of a payment of %2: %3 more than was paid</source>
        <translation>
            <numerusform>%n возврат на сумму %1 при платеже %2: на %3 больше оплаченного</numerusform>
            <numerusform>%n возврата на сумму %1 при платеже %2: на %3 больше оплаченного</numerusform>
            <numerusform>%n возвратов на сумму %1 при платеже %2: на %3 больше оплаченного</numerusform>
        </translation>
    </message>
    <message>
        <source>entry changed after it was written</source>
        <translation>запись изменена после того, как была сделана</translation>
    </message>
    <message>
        <source>entry changed after it was written; %1</source>
        <translation>запись изменена после того, как была сделана; %1</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>No webhook files: the journalled webhooks only.</source>
        <translation>Файлов вебхуков нет: только вебхуки из журнала.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>С &amp;даты:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о дату:</translation>
    </message>
    <message>
        <source>Webhook p&amp;ath:</source>
        <translation>П&amp;уть вебхуков:</translation>
    </message>
    <message>
        <source>The path of the URL the webhooks were sent to: their signature covers it.</source>
        <translation>Путь адреса, на который отправлялись вебхуки: его покрывает подпись.</translation>
    </message>
    <message>
        <source>&amp;Webhook files…</source>
        <translation>Файлы в&amp;ебхуков…</translation>
    </message>
    <message>
        <source>Webhooks pasted from a log, matched along with those the listener journalled and verified with the profile&apos;s secret.</source>
        <translation>Вебхуки из лога: сопоставляются вместе с записанными приёмником в журнал и проверяются секретным ключом профиля.</translation>
    </message>
    <message>
        <source>&amp;Run reconciliation</source>
        <translation>&amp;Запустить сверку</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>&amp;Show in journal</source>
        <translation>Показать в &amp;журнале</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>Asks the gateway about every payment and withdrawal of the period and matches the webhooks.</source>
        <translation>Запрашивает у шлюза каждый платёж и каждую выплату за период и сопоставляет вебхуки.</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>The webhook path starts with /, e.g. /webhooks.</source>
        <translation>Путь вебхуков начинается с /, например /webhooks.</translation>
    </message>
    <message>
        <source>The profile&apos;s secret is not available: %1</source>
        <translation>Секретный ключ профиля недоступен: %1</translation>
    </message>
    <message>
        <source>The journal is not open: %1</source>
        <translation>Журнал не открыт: %1</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>Asked the gateway about %1 of %2 entries…</source>
        <translation>Запрошено у шлюза: %1 из %2 записей…</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Запрос к шлюзу…</translation>
    </message>
    <message>
        <source>Canceled; nothing was settled in the journal.</source>
        <translation>Отменено; в журнале ничего не закрыто.</translation>
    </message>
    <message>
        <source>%1 payments and withdrawals asked, %2 webhooks matched.</source>
        <translation>Запрошено платежей и выплат: %1, сопоставлено вебхуков: %2.</translation>
    </message>
    <message>
        <source>All agree: %1</source>
        <translation>Всё сходится. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s): %1</source>
        <translation>
            <numerusform>%n расхождение. %1</numerusform>
            <numerusform>%n расхождения. %1</numerusform>
            <numerusform>%n расхождений. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) settled in the journal.</source>
        <translation>
            <numerusform>В журнале закрыт %n неизвестный исход.</numerusform>
            <numerusform>В журнале закрыто %n неизвестных исхода.</numerusform>
            <numerusform>В журнале закрыто %n неизвестных исходов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status check(s) failed; run again later.</source>
        <translation>
            <numerusform>Не удалась %n проверка статуса; повторите позже.</numerusform>
            <numerusform>Не удались %n проверки статуса; повторите позже.</numerusform>
            <numerusform>Не удались %n проверок статуса; повторите позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>All agree</source>
        <translation>Всё сходится</translation>
    </message>
    <message>
        <source>Webhook files</source>
        <translation>Файлы вебхуков</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.csv);;All files (*)</source>
        <translation>Логи (*.log *.txt *.json *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of other merchants or gateways left out.</source>
        <translation>
            <numerusform>Пропущена %n запись других мерчантов или шлюзов.</numerusform>
            <numerusform>Пропущены %n записи других мерчантов или шлюзов.</numerusform>
            <numerusform>Пропущено %n записей других мерчантов или шлюзов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2. What follows is read from a journal that was changed.</source>
        <translation>Журнал нарушен на записи %1: %2. Всё ниже прочитано из изменённого журнала.</translation>
    </message>
    <message>
        <source>Calls at a t&amp;ime:</source>
        <translation>Одновре&amp;менных запросов:</translation>
    </message>
    <message>
        <source>How many status checks are asked of the gateway at once, each over a connection of its own (as merchant-cli reconcile --jobs).</source>
        <translation>Сколько проверок статуса шлюз получает одновременно, каждую по своему соединению (как merchant-cli reconcile --jobs).</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) the gateway settled left as they are: %1</source>
        <translation>
            <numerusform>%n неизвестный исход, известный шлюзу, оставлен как есть: %1</numerusform>
            <numerusform>%n неизвестных исхода, известных шлюзу, оставлены как есть: %1</numerusform>
            <numerusform>%n неизвестных исходов, известных шлюзу, оставлены как есть: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundPlan</name>
    <message>
        <source>Not the card payment %1 was paid with (%2). A refund goes back to that card: the first 6 and last 4 digits must match.</source>
        <translation>Это не та карта, с которой оплачен платёж %1 (%2). Возврат идёт на ту же карту: первые 6 и последние 4 цифры должны совпасть.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount to refund</source>
        <translation>«%1» — не сумма для возврата</translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of payment %2: paid %3 %4, refunded or in progress %5, %6 left</source>
        <translation>возврат %1 больше остатка платежа %2: оплачено %3 %4, возвращено или в пути %5, осталось %6</translation>
    </message>
    <message>
        <source> (of the refunded, %1 waits for another operator&apos;s approval)</source>
        <translation> (из возвращённого %1 ждёт одобрения другого оператора)</translation>
    </message>
</context>
<context>
    <name>ResponseField</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Статус платежа</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Статус возврата</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Код ошибки</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Ссылка на оплату</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Страница оплаты</translation>
    </message>
    <message>
        <source>Form data</source>
        <translation>Данные формы</translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation>Заявка на выплату</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>Статус выплаты</translation>
    </message>
    <message>
        <source>Withdrawal ID</source>
        <translation>ID выплаты</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Payout amount</source>
        <translation>Сумма выплаты</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID мерчанта</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>Подробности ответа</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Исходный ответ</translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation>Запросов ещё не было.</translation>
    </message>
    <message>
        <source>Fill in the form and press the send button (Ctrl+Enter). The answer shows here.</source>
        <translation>Заполните форму и нажмите кнопку отправки (Ctrl+Enter). Ответ появится здесь.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Empty fields, keys the console does not know, the raw answer</source>
        <translation>Пустые поля, неизвестные консоли ключи, исходный ответ</translation>
    </message>
    <message>
        <source>Raw response:</source>
        <translation>Исходный ответ:</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Копировать JSON</translation>
    </message>
    <message>
        <source>Copy the whole raw response</source>
        <translation>Скопировать исходный ответ целиком</translation>
    </message>
    <message>
        <source>Earlier result, from %1: the form has changed since.</source>
        <translation>Прежний результат, от %1: форма с тех пор изменилась.</translation>
    </message>
    <message>
        <source>Earlier result, for order %1 at %2 — not the order now in the form.</source>
        <translation>Прежний результат — для заказа %1 от %2, а не для заказа, который сейчас в форме.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Withdrawal ID</source>
        <translation>ID выплаты</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Баланс: %1 %2</translation>
    </message>
    <message>
        <source>Refund of payment %1</source>
        <translation>Возврат по платежу %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>Ещё (%1)</translation>
    </message>
    <message>
        <source>Copy the whole link</source>
        <translation>Скопировать ссылку целиком</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Оператор: %1 (%2)</translation>
    </message>
    <message>
        <source>Journal operator and roles</source>
        <translation>Оператор журнала и его роли</translation>
    </message>
    <message>
        <source>The journal&apos;s database role and the roles it holds</source>
        <translation>Роль базы данных журнала и её роли</translation>
    </message>
    <message>
        <source>A SQLite journal is one person&apos;s, with every role</source>
        <translation>Журнал SQLite принадлежит одному человеку, со всеми ролями</translation>
    </message>
</context>
<context>
    <name>Sandbox::PaymentPage</name>
    <message>
        <source>Sandbox gateway: no real money moves here.</source>
        <translation>Тестовый шлюз (песочница): реальные деньги здесь не списываются.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>3-D Secure check</source>
        <translation>Проверка 3-D Secure</translation>
    </message>
    <message>
        <source>Pay for your order</source>
        <translation>Оплата заказа</translation>
    </message>
    <message>
        <source>Your bank asks you to confirm this payment.</source>
        <translation>Ваш банк просит подтвердить этот платёж.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Payment complete</source>
        <translation>Платёж проведён</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Платёж не прошёл</translation>
    </message>
    <message>
        <source>Return to the shop</source>
        <translation>Вернуться в магазин</translation>
    </message>
    <message>
        <source>Payment not found</source>
        <translation>Платёж не найден</translation>
    </message>
    <message>
        <source>There is no payment with this number.</source>
        <translation>Платежа с таким номером нет.</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxGateway</name>
    <message>
        <source>The merchant_id %1 is not known.</source>
        <translation>merchant_id %1 неизвестен.</translation>
    </message>
    <message>
        <source>The product_id %1 is not known.</source>
        <translation>product_id %1 неизвестен.</translation>
    </message>
    <message>
        <source>The field %1 is invalid: %2</source>
        <translation>Поле %1 заполнено неверно: %2</translation>
    </message>
    <message>
        <source>A payment with the order %1 already exists.</source>
        <translation>Платёж с заказом %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no payment with this order.</source>
        <translation>Платежа с таким заказом нет.</translation>
    </message>
    <message>
        <source>There is no payment with the order %1.</source>
        <translation>Платежа с заказом %1 нет.</translation>
    </message>
    <message>
        <source>A withdrawal with the order %1 already exists.</source>
        <translation>Выплата с заказом %1 уже существует.</translation>
    </message>
    <message>
        <source>The balance of %1 %2 does not cover %3 %2.</source>
        <translation>Баланса %1 %2 не хватает на %3 %2.</translation>
    </message>
    <message>
        <source>Either id or order is required.</source>
        <translation>Нужен ID или номер заказа.</translation>
    </message>
    <message>
        <source>There is no such withdrawal request.</source>
        <translation>Такой заявки на выплату нет.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Такого адреса нет.</translation>
    </message>
    <message>
        <source>This endpoint does not take this method.</source>
        <translation>Этот адрес не принимает такой метод.</translation>
    </message>
    <message>
        <source>3-D Secure authentication failed</source>
        <translation>Проверка 3-D Secure не пройдена</translation>
    </message>
    <message>
        <source>The payer declined the payment</source>
        <translation>Плательщик отказался от платежа</translation>
    </message>
    <message>
        <source>The payment link has expired</source>
        <translation>Срок действия ссылки на оплату истёк</translation>
    </message>
    <message>
        <source>Internal error (sandbox fault).</source>
        <translation>Внутренняя ошибка (сбой, заданный в песочнице).</translation>
    </message>
    <message>
        <source>A reply without status (sandbox fault).</source>
        <translation>Ответ без статуса (сбой, заданный в песочнице).</translation>
    </message>
    <message>
        <source>The card was declined: %1 (%2).</source>
        <translation>Карта отклонена: %1 (%2).</translation>
    </message>
    <message>
        <source>Too many requests (sandbox rate limit).</source>
        <translation>Слишком много запросов (ограничение частоты песочницы).</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxRequest</name>
    <message>
        <source>The parameters are not valid form encoding (a broken %-escape).</source>
        <translation>Параметры закодированы неверно (испорченная %-последовательность).</translation>
    </message>
    <message>
        <source>A parameter is not valid UTF-8.</source>
        <translation>Параметр — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>The parameter %1 is given more than once.</source>
        <translation>Параметр %1 передан больше одного раза.</translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation>Поле %1 обязательно.</translation>
    </message>
    <message>
        <source>The field %1 is invalid: %2</source>
        <translation>Поле %1 заполнено неверно: %2</translation>
    </message>
    <message>
        <source>The request carries no signature.</source>
        <translation>В запросе нет подписи.</translation>
    </message>
    <message>
        <source>The signature does not match the request&apos;s parameters.</source>
        <translation>Подпись не соответствует параметрам запроса.</translation>
    </message>
</context>
<context>
    <name>Sandbox::TestCards</name>
    <message>
        <source>Do not honor</source>
        <translation>Отказ эмитента (Do not honor)</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Недостаточно средств</translation>
    </message>
    <message>
        <source>Expired card</source>
        <translation>Срок действия карты истёк</translation>
    </message>
    <message>
        <source>Processing error at the issuer</source>
        <translation>Ошибка обработки у эмитента</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Stores or deletes a profile&apos;s secret in the OS keychain (%1), the entry the console uses too. &apos;set&apos; reads the secret from standard input and creates the profile if it does not exist yet; the secret is never taken from the command line.</source>
        <translation>Сохраняет или удаляет секретный ключ профиля в системном хранилище ключей (%1) — в той же записи, которой пользуется консоль. «set» читает ключ со стандартного ввода и создаёт профиль, если его ещё нет; из командной строки ключ не принимается никогда.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Профиль.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>For a new profile: the gateway base URL (default %1).</source>
        <translation>Для нового профиля: базовый адрес шлюза (по умолчанию %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>For a new profile: its merchant_id.</source>
        <translation>Для нового профиля: его merchant_id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>For a new profile: its default product_id.</source>
        <translation>Для нового профиля: его product_id по умолчанию.</translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation>set или delete</translation>
    </message>
    <message>
        <source>set|delete</source>
        <translation>set|delete</translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation>; см. --help</translation>
    </message>
    <message>
        <source>say &apos;set&apos; or &apos;delete&apos;; see --help</source>
        <translation>укажите «set» или «delete»; см. --help</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>нужен --profile ИМЯ</translation>
    </message>
    <message>
        <source>the %1 profile makes a new secret at each start; it has no keychain entry</source>
        <translation>профиль %1 создаёт новый ключ при каждом запуске; записи в хранилище у него нет</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>профиля «%1» нет</translation>
    </message>
    <message>
        <source>cannot delete the secret of profile &apos;%1&apos;: %2</source>
        <translation>не удаётся удалить секретный ключ профиля «%1»: %2</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; exists with other settings; change them in the console</source>
        <translation>профиль «%1» уже есть с другими настройками; измените их в консоли</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable http(s) base URL</source>
        <translation>«%1» не годится как базовый адрес http(s)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>на стандартном вводе нет ключа</translation>
    </message>
    <message>
        <source>cannot store the secret of profile &apos;%1&apos;: %2</source>
        <translation>не удаётся сохранить секретный ключ профиля «%1»: %2</translation>
    </message>
    <message>
        <source>the secret is stored, but the profile &apos;%1&apos; could not be saved</source>
        <translation>ключ сохранён, но профиль «%1» сохранить не удалось</translation>
    </message>
    <message>
        <source>the secret is never taken from the command line, where other users could see it: pipe it to standard input</source>
        <translation>из командной строки ключ не принимается — там его могут увидеть другие пользователи: передайте его на стандартный ввод</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>cannot read the secret file %1: %2</source>
        <translation>не удаётся прочитать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>файл ключа %1 пуст</translation>
    </message>
    <message>
        <source>no secret: use --secret-file FILE, set CLIENT_PAYMENT_SECRET, or --profile NAME with a secret in the keychain</source>
        <translation>нет секретного ключа: укажите --secret-file ФАЙЛ, задайте CLIENT_PAYMENT_SECRET или --profile ИМЯ с ключом в хранилище</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;; create it with: merchant-cli secret set --profile %1</source>
        <translation>профиля «%1» нет; создайте его: merchant-cli secret set --profile %1</translation>
    </message>
    <message>
        <source>the %1 profile&apos;s secret exists only inside a running console; use --secret-file FILE with payment-sandbox</source>
        <translation>ключ профиля %1 существует только внутри запущенной консоли; для payment-sandbox укажите --secret-file ФАЙЛ</translation>
    </message>
    <message>
        <source>the keychain entry of profile &apos;%1&apos; is empty</source>
        <translation>запись профиля «%1» в хранилище ключей пуста</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in %2; store one with: merchant-cli secret set --profile %1</source>
        <translation>у профиля «%1» нет ключа в %2; сохраните его: merchant-cli secret set --profile %1</translation>
    </message>
    <message>
        <source>cannot read the secret of profile &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать секретный ключ профиля «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <source>secret stored in the keychain</source>
        <translation>ключ сохранён в хранилище</translation>
    </message>
    <message>
        <source>secret not set</source>
        <translation>ключ не задан</translation>
    </message>
    <message>
        <source>no keychain: %1 is not reachable</source>
        <translation>нет хранилища ключей: %1 недоступен</translation>
    </message>
    <message>
        <source>the keychain (%1) did not answer in time</source>
        <translation>хранилище ключей (%1) не ответило вовремя</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>ошибка хранилища ключей</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>собственный файл этого компьютера</translation>
    </message>
    <message>
        <source>sqlite:///path/file.db, a path, or postgresql://user@host:port/db for a team&apos;s shared journal. The password comes from ~/.pgpass, never from here.</source>
        <translation>sqlite:///путь/файл.db, путь или postgresql://user@host:port/db для общего журнала команды. Пароль берётся из ~/.pgpass, никогда не отсюда.</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <source>The console shows the chosen language and opens the chosen journal the next time it starts. merchant-cli and payment-sandbox follow the system language (LANG).</source>
        <translation>Консоль покажет выбранный язык и откроет выбранный журнал при следующем запуске. merchant-cli и payment-sandbox следуют языку системы (LANG).</translation>
    </message>
</context>
<context>
    <name>SettleCommand</name>
    <message>
        <source>%1 %2 (entry %3): %4</source>
        <translation>%1 %2 (запись %3): %4</translation>
    </message>
    <message>
        <source>Follows up the payments and payouts whose outcome is not final (pending, payout pending, in flight, unknown) with status checks, 2, 4, 8... seconds apart, until each is final, its lifetime ends, or --wait seconds have passed, and settles each answer in the journal. Never sends a payment or a payout. Exit 0 when none is left not final, 1 when some are, 2 on errors.</source>
        <translation>Отслеживает платежи и выплаты с незавершённым исходом (ожидает, выплата в обработке, отправлен, исход неизвестен) запросами статуса с интервалом 2, 4, 8... секунд, пока исход не станет окончательным, не истечёт срок жизни заказа или не пройдут --wait секунд, и записывает каждый ответ в журнал. Никогда не отправляет платежи и выплаты. Код выхода 0, если незавершённых не осталось, 1, если остались, 2 при ошибках.</translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the --profile&apos;s, else the console&apos;s own file).</source>
        <translation>Журнал: sqlite:///путь/файл.db, путь или postgresql://пользователь@хост:порт/бд (по умолчанию — журнал профиля --profile, иначе собственный файл консоли).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A console profile: its entries only, its base URL, timeout and merchant, and its secret from the OS keychain. Without it, the entries journalled without a profile.</source>
        <translation>Профиль консоли: только его записи, его базовый адрес, тайм-аут и мерчант, секретный ключ — из хранилища ключей ОС. Без него — записи, сделанные без профиля.</translation>
    </message>
    <message>
        <source>The merchant whose entries are followed (default: the profile&apos;s).</source>
        <translation>Мерчант, чьи записи отслеживаются (по умолчанию — мерчант профиля).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default %1).</source>
        <translation>Остановиться через столько секунд (по умолчанию %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation>; см. --help</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>--wait wants a whole number of seconds from 1 to %1, not &apos;%2&apos;</source>
        <translation>--wait ожидает целое число секунд от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>give --merchant-id (or a --profile that names one)</source>
        <translation>укажите --merchant-id (или профиль --profile, в котором он задан)</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>журнал: %1</translation>
    </message>
    <message>
        <source>still not final: %1</source>
        <translation>исход ещё не окончательный: %1</translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <source>the secret is never taken from the command line, where other users could see it: use --secret-file FILE or CLIENT_PAYMENT_SECRET</source>
        <translation>из командной строки ключ не принимается — там его могут увидеть другие пользователи: укажите --secret-file ФАЙЛ или CLIENT_PAYMENT_SECRET</translation>
    </message>
    <message>
        <source>File holding the secret (else CLIENT_PAYMENT_SECRET, else the profile&apos;s keychain entry).</source>
        <translation>Файл с секретным ключом (иначе CLIENT_PAYMENT_SECRET, иначе запись профиля в хранилище ключей).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>A console profile whose keychain entry holds the secret.</source>
        <translation>Профиль консоли, в записи которого в хранилище ключей лежит секретный ключ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verifies the signatures of webhooks pasted from logs: form-encoded bodies, JSON objects or Python dicts (one per line), or blocks of key: value lines.</source>
        <translation>Проверяет подписи вебхуков, скопированных из журналов: тела в form-кодировке, объекты JSON или словари Python (по одному на строку) либо блоки строк вида ключ: значение.</translation>
    </message>
    <message>
        <source>Path of the URL that received the webhooks, e.g. /webhooks.</source>
        <translation>Путь адреса, на который пришли вебхуки, например /webhooks.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation>HTTP-метод (по умолчанию POST).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>МЕТОД</translation>
    </message>
    <message>
        <source>Print one JSON object per webhook.</source>
        <translation>Выводить по одному объекту JSON на вебхук.</translation>
    </message>
    <message>
        <source>Input file; &apos;-&apos; or none: stdin.</source>
        <translation>Входной файл; «-» или ничего — стандартный ввод.</translation>
    </message>
    <message>
        <source>verify takes at most one input file</source>
        <translation>verify принимает не больше одного входного файла</translation>
    </message>
    <message>
        <source>--endpoint PATH is required (the path that received the webhooks)</source>
        <translation>нужен --endpoint ПУТЬ (путь, на который пришли вебхуки)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верный</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверный</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>нечитаемый</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>no webhooks in the input</source>
        <translation>во входных данных нет вебхуков</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read as webhooks</source>
        <translation>
            <numerusform>%n запись не удалось прочитать как вебхук</numerusform>
            <numerusform>%n записи не удалось прочитать как вебхуки</numerusform>
            <numerusform>%n записей не удалось прочитать как вебхуки</numerusform>
        </translation>
    </message>
    <message>
        <source>diagnosis:</source>
        <translation>диагноз:</translation>
    </message>
    <message>
        <source>no likely cause found</source>
        <translation>вероятная причина не найдена</translation>
    </message>
</context>
<context>
    <name>WebhookDiagnoser</name>
    <message>
        <source>leading and trailing</source>
        <translation>в начале и в конце</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>в начале</translation>
    </message>
    <message>
        <source>trailing</source>
        <translation>в конце</translation>
    </message>
    <message>
        <source>if the %1 space in %2 is removed</source>
        <translation>если убрать пробел %1 в %2</translation>
    </message>
    <message>
        <source>if the %1 spaces in %2 are removed</source>
        <translation>если убрать пробелы %1 в %2</translation>
    </message>
    <message>
        <source>if the %1 line break in %2 is removed</source>
        <translation>если убрать перевод строки %1 в %2</translation>
    </message>
    <message>
        <source>if the %1 line breaks in %2 are removed</source>
        <translation>если убрать переводы строки %1 в %2</translation>
    </message>
    <message>
        <source>if the %1 whitespace in %2 is removed</source>
        <translation>если убрать пробельные символы %1 в %2</translation>
    </message>
    <message>
        <source>if the blanks around the field name %1 are removed</source>
        <translation>если убрать пробелы вокруг имени поля %1</translation>
    </message>
    <message>
        <source>if the line breaks in %1 are removed</source>
        <translation>если убрать переводы строки в %1</translation>
    </message>
    <message>
        <source>if the line breaks and the blanks around %1 are removed</source>
        <translation>если убрать переводы строки и пробелы вокруг %1</translation>
    </message>
    <message>
        <source>if the line breaks in %1 were spaces</source>
        <translation>если бы переводы строки в %1 были пробелами</translation>
    </message>
    <message>
        <source>if the carriage returns in %1 are removed</source>
        <translation>если убрать возвраты каретки в %1</translation>
    </message>
    <message>
        <source>if the blanks and line breaks in %1 are removed</source>
        <translation>если убрать пробелы и переводы строки в %1</translation>
    </message>
    <message>
        <source>if the empty field %1 is added back</source>
        <translation>если вернуть пустое поле %1</translation>
    </message>
    <message>
        <source>if the empty fields %1 are added back</source>
        <translation>если вернуть пустые поля %1</translation>
    </message>
    <message>
        <source>if the null field %1 were an empty string</source>
        <translation>если бы поле %1 со значением null было пустой строкой</translation>
    </message>
    <message>
        <source>if %1 were decoded once more (it arrived still encoded)</source>
        <translation>если декодировать %1 ещё раз (поле пришло ещё закодированным)</translation>
    </message>
    <message>
        <source>if the `+` in %1 were spaces (a form value read without decoding `+`)</source>
        <translation>если бы `+` в %1 были пробелами (значение формы прочитано без декодирования `+`)</translation>
    </message>
    <message>
        <source>if the spaces in %1 were `+` (decoded once too often)</source>
        <translation>если бы пробелы в %1 были `+` (декодировано лишний раз)</translation>
    </message>
    <message>
        <source>if the spaces in %1 were `%20` (decoded once too often)</source>
        <translation>если бы пробелы в %1 были `%20` (декодировано лишний раз)</translation>
    </message>
    <message>
        <source>if %1 were %-encoded as sent (decoded once too often)</source>
        <translation>если бы %1 было в %-кодировке, как при отправке (декодировано лишний раз)</translation>
    </message>
    <message>
        <source>if %1 were decoded once more (the body arrived still encoded)</source>
        <translation>если декодировать %1 ещё раз (тело пришло ещё закодированным)</translation>
    </message>
    <message>
        <source>if the path were `%1`</source>
        <translation>если бы путь был `%1`</translation>
    </message>
    <message>
        <source>if the method were %1</source>
        <translation>если бы метод был %1</translation>
    </message>
    <message>
        <source>with profile %1&apos;s secret</source>
        <translation>с секретным ключом профиля %1</translation>
    </message>
    <message>
        <source>if the blank after the colon of %1 is part of its value</source>
        <translation>если пробел после двоеточия в %1 — часть значения</translation>
    </message>
</context>
<context>
    <name>WebhookEvidence</name>
    <message>
        <source>resend: the same webhook_id was seen before with the same content</source>
        <translation>повтор: этот webhook_id уже приходил с тем же содержимым</translation>
    </message>
    <message>
        <source>CONFLICT: the same webhook_id was seen before with DIFFERENT content. Treat this webhook as suspicious.</source>
        <translation>КОНФЛИКТ: этот webhook_id уже приходил с ДРУГИМ содержимым. Считайте этот вебхук подозрительным.</translation>
    </message>
    <message>
        <source>no webhook_id: resends cannot be told apart</source>
        <translation>нет webhook_id: повторы не отличить</translation>
    </message>
    <message>
        <source>first time this webhook_id is seen</source>
        <translation>этот webhook_id встречается впервые</translation>
    </message>
    <message>
        <source>received from %1 at %2</source>
        <translation>получен от %1 в %2</translation>
    </message>
    <message>
        <source>pasted at %1, line %2</source>
        <translation>вставлен в %1, строка %2</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Вердикт: %1 — %2</translation>
    </message>
    <message>
        <source>Checked as %1 %2</source>
        <translation>Проверен как %1 %2</translation>
    </message>
    <message>
        <source>Diagnosis (a hint, never a verdict)</source>
        <translation>Диагностика (подсказка, а не вердикт)</translation>
    </message>
    <message>
        <source>Trying the likely causes…</source>
        <translation>Проверяем вероятные причины…</translation>
    </message>
    <message>
        <source>No tried cause explains the mismatch: other paths, the other method, copy-paste whitespace, a lost empty field, decoding, other profiles&apos; secrets.</source>
        <translation>Ни одна из проверенных причин не объясняет расхождение: другие пути, другой метод, пробелы при копировании, потерянное пустое поле, декодирование, ключи других профилей.</translation>
    </message>
    <message>
        <source>The webhook stays invalid as received.</source>
        <translation>Вебхук в полученном виде остаётся неверным.</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Поля (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>вне списка</translation>
    </message>
    <message>
        <source>Canonical string</source>
        <translation>Каноническая строка</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation>Получена:</translation>
    </message>
    <message>
        <source>(no secret to compute it)</source>
        <translation>(нет ключа, чтобы её вычислить)</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (совпадает)</translation>
    </message>
    <message>
        <source>differs (not shown: it would sign fields that failed the check)</source>
        <translation>отличается (не показана: она подписала бы поля, не прошедшие проверку)</translation>
    </message>
    <message>
        <source>%1… differs (shown in part: in full it would sign fields that failed the check)</source>
        <translation>%1… отличается (показана частично: целиком она подписала бы поля, не прошедшие проверку)</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Ожидалась:</translation>
    </message>
    <message>
        <source>Webhook verification report</source>
        <translation>Отчёт о проверке вебхука</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID вебхука</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Путь приёма</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Отчёт составлен</translation>
    </message>
    <message>
        <source>Console version</source>
        <translation>Версия консоли</translation>
    </message>
    <message>
        <source>Valid means the signature matches these exact fields, path and method under the profile&apos;s secret. The secret is not part of this report.</source>
        <translation>«Верный» значит, что подпись совпадает именно с этими полями, путём и методом при секретном ключе профиля. Сам ключ в отчёт не входит.</translation>
    </message>
    <message>
        <source>Merchant Console %1</source>
        <translation>Merchant Console %1</translation>
    </message>
    <message>
        <source>Checked as %1 %2 with the secret of: %3</source>
        <translation>Проверен как %1 %2 ключом: %3</translation>
    </message>
</context>
<context>
    <name>WebhookHint</name>
    <message>
        <source>%1, and %2</source>
        <comment>joins two conditions of a diagnosis</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>valid %1</source>
        <comment>a diagnosis: valid &lt;conditions&gt;</comment>
        <translation>верный, %1</translation>
    </message>
</context>
<context>
    <name>WebhookHistory</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>CONFLICT: same webhook_id, different content</source>
        <translation>КОНФЛИКТ: тот же webhook_id, другое содержимое</translation>
    </message>
    <message>
        <source>no webhook_id</source>
        <translation>нет webhook_id</translation>
    </message>
</context>
<context>
    <name>WebhookListenerHandler</name>
    <message>
        <source>The body is empty.</source>
        <translation>Тело запроса пустое.</translation>
    </message>
    <message>
        <source>A form-encoded body has a raw line break.</source>
        <translation>В теле в form-кодировке есть незакодированный перевод строки.</translation>
    </message>
    <message>
        <source>The body is not one webhook.</source>
        <translation>В теле не один вебхук.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Тело запроса — не объект JSON.</translation>
    </message>
    <message>
        <source>The body is not form-encoded.</source>
        <translation>Тело запроса не в form-кодировке.</translation>
    </message>
    <message>
        <source>This listener takes webhooks at %1 only.</source>
        <translation>Этот приёмник принимает вебхуки только на %1.</translation>
    </message>
    <message>
        <source>This listener takes webhooks by %1 only.</source>
        <translation>Этот приёмник принимает вебхуки только методом %1.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Тело запроса больше %1 байт.</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>unterminated string (unbalanced quotes) starting at column %1</source>
        <translation>незакрытая строка (непарные кавычки), начиная со столбца %1</translation>
    </message>
    <message>
        <source>lone surrogate escape at column %1</source>
        <translation>одиночная суррогатная escape-последовательность в столбце %1</translation>
    </message>
    <message>
        <source>invalid \U escape at column %1</source>
        <translation>неверная escape-последовательность \U в столбце %1</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; at column %2</source>
        <translation>неизвестная escape-последовательность «\%1» в столбце %2</translation>
    </message>
    <message>
        <source>broken escape &apos;\%1&apos; at column %2</source>
        <translation>испорченная escape-последовательность «\%1» в столбце %2</translation>
    </message>
    <message>
        <source>invalid number at column %1</source>
        <translation>неверное число в столбце %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; at column %2 has no &apos;=&apos;</source>
        <translation>у поля «%1» в столбце %2 нет «=»</translation>
    </message>
    <message>
        <source>broken %-escape in field name &apos;%1&apos; at column %2</source>
        <translation>испорченная %-последовательность в имени поля «%1» в столбце %2</translation>
    </message>
    <message>
        <source>broken %-escape in field &apos;%1&apos; at column %2</source>
        <translation>испорченная %-последовательность в поле «%1» в столбце %2</translation>
    </message>
    <message>
        <source>empty field name at column %1</source>
        <translation>пустое имя поля в столбце %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; does not decode to UTF-8 text</source>
        <translation>поле «%1» не декодируется в текст UTF-8</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; appears twice</source>
        <translation>поле «%1» встречается дважды</translation>
    </message>
    <message>
        <source>unterminated object: missing &apos;}&apos;</source>
        <translation>незакрытый объект: нет «}»</translation>
    </message>
    <message>
        <source>expected a quoted key at column %1</source>
        <translation>в столбце %1 ожидался ключ в кавычках</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after key &apos;%1&apos; at column %2</source>
        <translation>после ключа «%1» в столбце %2 ожидалось «:»</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a nested object or list, which a webhook cannot carry</source>
        <translation>в поле «%1» вложенный объект или список, а в вебхуке их быть не может</translation>
    </message>
    <message>
        <source>expected a quoted amount in Decimal() at column %1</source>
        <translation>в столбце %1 ожидалась сумма в кавычках внутри Decimal()</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at column %1</source>
        <translation>в столбце %1 ожидалась «)»</translation>
    </message>
    <message>
        <source>unexpected value for field &apos;%1&apos; at column %2</source>
        <translation>неожиданное значение поля «%1» в столбце %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at column %1</source>
        <translation>в столбце %1 ожидалась «,» или «}»</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at column %1</source>
        <translation>лишний текст после «}» в столбце %1</translation>
    </message>
    <message>
        <source>empty field name</source>
        <translation>пустое имя поля</translation>
    </message>
    <message>
        <source>NUL byte at column %1: binary data, not a webhook</source>
        <translation>байт NUL в столбце %1: двоичные данные, а не вебхук</translation>
    </message>
    <message>
        <source>invalid UTF-8 at column %1: binary data, not a webhook</source>
        <translation>неверный UTF-8 в столбце %1: двоичные данные, а не вебхук</translation>
    </message>
    <message>
        <source>not a webhook: expected a form-encoded body, a JSON object, a Python dict or key: value lines</source>
        <translation>не вебхук: ожидалось тело в form-кодировке, объект JSON, словарь Python или строки ключ: значение</translation>
    </message>
    <message>
        <source>no fields: a webhook carries at least a signature</source>
        <translation>нет полей: в вебхуке должна быть хотя бы подпись</translation>
    </message>
</context>
<context>
    <name>WebhookPasteEdit</name>
    <message>
        <source>Paste webhooks here: form bodies (a=1&amp;b=2), JSON objects or Python dicts one per line, or blocks of key: value lines separated by a blank line. Many at once are fine.</source>
        <translation>Вставьте сюда вебхуки: тела форм (a=1&amp;b=2), объекты JSON или словари Python по одному на строку либо блоки строк ключ: значение, разделённые пустой строкой. Можно сразу много.</translation>
    </message>
    <message>
        <source>The clipboard holds no text (%1): nothing was pasted.</source>
        <translation>В буфере обмена нет текста (%1): ничего не вставлено.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>The paste is too large (%1, at most %2): nothing was pasted.</source>
        <translation>Вставка слишком большая (%1, можно не больше %2): ничего не вставлено.</translation>
    </message>
    <message>
        <source>A paste of %1 (%2 lines) is held aside to keep the window responsive; the first lines are shown, and Verify checks all of it.</source>
        <translation>Вставка размером %1 (строк: %2) хранится отдельно, чтобы окно не тормозило; показаны первые строки, а проверка охватит всё.</translation>
    </message>
    <message>
        <source>It holds binary data (control characters): lines that are not webhooks are listed as unreadable.</source>
        <translation>В ней двоичные данные (управляющие символы): строки, которые не являются вебхуками, отмечены как нечитаемые.</translation>
    </message>
</context>
<context>
    <name>WebhookRecord</name>
    <message>
        <source>unreadable</source>
        <translation>нечитаемый</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верный</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕВЕРНЫЙ</translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>resend</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>КОНФЛИКТ</translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation>получен от %1</translation>
    </message>
    <message>
        <source>pasted, line %1</source>
        <translation>вставлен, строка %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Встречался</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID вебхука</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>%1, checked with the secret of: %2</source>
        <translation>%1, проверен ключом: %2</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Чей ключ</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>The signature is valid.</source>
        <translation>Подпись верна.</translation>
    </message>
    <message>
        <source>The webhook carries no signature.</source>
        <translation>В вебхуке нет подписи.</translation>
    </message>
    <message>
        <source>The signature is malformed: it must be 43 characters of base64url.</source>
        <translation>Подпись испорчена: это должны быть 43 символа base64url.</translation>
    </message>
    <message>
        <source>The signature does not match the fields: wrong secret, path or method, or the webhook was altered.</source>
        <translation>Подпись не совпадает с полями: неверный ключ, путь или метод либо вебхук изменён.</translation>
    </message>
    <message>
        <source>No secret to verify the signature with.</source>
        <translation>Нет ключа, чтобы проверить подпись.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message>
        <source>Endpoint path</source>
        <translation>Путь приёма</translation>
    </message>
    <message>
        <source>The path the webhooks were sent to: it is part of what is signed.</source>
        <translation>Путь, на который отправлялись вебхуки: он входит в подписываемые данные.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-метод</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>One-off secret</source>
        <translation>Разовый ключ</translation>
    </message>
    <message>
        <source>used once, never stored</source>
        <translation>используется один раз, не сохраняется</translation>
    </message>
    <message>
        <source>Checks the next paste with this secret instead of the profile&apos;s. It is cleared once the check starts and is never saved.</source>
        <translation>Следующая вставка проверяется этим ключом вместо ключа профиля. Поле очищается, как только начинается проверка, и нигде не сохраняется.</translation>
    </message>
    <message>
        <source>Pasted webhooks</source>
        <translation>Вставленные вебхуки</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Webhook verdicts</source>
        <translation>Вердикты по вебхукам</translation>
    </message>
    <message>
        <source>Webhook details</source>
        <translation>Подробности вебхука</translation>
    </message>
    <message>
        <source>Select a webhook to see its fields, canonical string, signatures and, when it failed, what would explain it.</source>
        <translation>Выберите вебхук, чтобы увидеть его поля, каноническую строку, подписи, а если проверка не прошла — чем это можно объяснить.</translation>
    </message>
    <message>
        <source>Export &amp;JSON lines…</source>
        <translation>Экспорт в &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>The selected webhooks (all when none is selected).</source>
        <translation>Выбранные вебхуки (все, если ничего не выбрано).</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>A verification report of the current webhook, without the secret.</source>
        <translation>Отчёт о проверке текущего вебхука, без секретного ключа.</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export webhooks as JSON lines</source>
        <translation>Экспорт вебхуков в JSON Lines</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export webhooks as CSV</source>
        <translation>Экспорт вебхуков в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Webhooks are checked with the secret of profile %1.</source>
        <translation>Вебхуки проверяются секретным ключом профиля %1.</translation>
    </message>
    <message>
        <source>Reading the secret of profile %1…</source>
        <translation>Читаем секретный ключ профиля %1…</translation>
    </message>
    <message>
        <source>Profile %1 has no secret available (%2): type a one-off secret, or webhooks are only read, not checked.</source>
        <translation>У профиля %1 нет доступного ключа (%2): введите разовый ключ, иначе вебхуки будут только прочитаны, но не проверены.</translation>
    </message>
    <message>
        <source>Nothing to check: paste webhooks first.</source>
        <translation>Проверять нечего: сначала вставьте вебхуки.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Canceled: the rest of the paste was not checked.</source>
        <translation>Отменено: остаток вставки не проверен.</translation>
    </message>
    <message>
        <source>%1 webhooks: %2 valid, %3 invalid, %4 unreadable, %5 not checked.</source>
        <translation>Вебхуков: %1; верных: %2, неверных: %3, нечитаемых: %4, не проверено: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n CONFLICT(s): the same webhook_id with different content!</source>
        <translation>
            <numerusform>%n КОНФЛИКТ: тот же webhook_id с другим содержимым!</numerusform>
            <numerusform>%n КОНФЛИКТА: тот же webhook_id с другим содержимым!</numerusform>
            <numerusform>%n КОНФЛИКТОВ: тот же webhook_id с другим содержимым!</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (checked with a one-off secret)</source>
        <translation>%1 (проверено разовым ключом)</translation>
    </message>
    <message>
        <source>Select the webhook to report on first.</source>
        <translation>Сначала выберите вебхук для отчёта.</translation>
    </message>
    <message>
        <source>There are no webhooks to export yet.</source>
        <translation>Выгружать пока нечего: вебхуков нет.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>One-off secre&amp;t:</source>
        <translation>Разовый &amp;ключ:</translation>
    </message>
    <message>
        <source>Live listener</source>
        <translation>Приёмник вебхуков</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Адрес приёмника</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Порт приёмника</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>любой свободный порт</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>&amp;Запустить приёмник</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>Копировать &amp;URL</translation>
    </message>
    <message>
        <source>Copies the listener&apos;s URL, to paste as the notification_url of a payment or withdrawal.</source>
        <translation>Копирует адрес приёмника, чтобы вставить его как notification_url платежа или выплаты.</translation>
    </message>
    <message>
        <source>(URL copied)</source>
        <translation>(адрес скопирован)</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>«%1» — не IP-адрес.</translation>
    </message>
    <message>
        <source>%1 is reachable from the network: tick “Allow a non-loopback address” to listen there.</source>
        <translation>%1 доступен из сети: чтобы слушать на нём, отметьте «Разрешить адрес не на loopback».</translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation>Принимать из сети?</translation>
    </message>
    <message>
        <source>Listening on %1 lets other machines send webhooks to this console. Only do this on a network you trust. Listen there?</source>
        <translation>Если слушать %1, другие компьютеры смогут отправлять вебхуки в эту консоль. Делайте так только в сети, которой доверяете. Слушать этот адрес?</translation>
    </message>
    <message>
        <source>Could not listen: %1</source>
        <translation>Не удалось начать приём: %1</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Оста&amp;новить приёмник</translation>
    </message>
    <message>
        <source>Not listening. Webhooks sent to the listener appear in the table as they arrive, and go into the journal.</source>
        <translation>Приёмник не запущен. Вебхуки, отправленные на приёмник, появляются в таблице по мере поступления и записываются в журнал.</translation>
    </message>
    <message>
        <source>Listening on %1 — use it as the notification_url of a payment or withdrawal; each webhook is answered 200 when valid, 400 when not.</source>
        <translation>Приёмник слушает %1 — укажите этот адрес как notification_url платежа или выплаты; на верный вебхук он отвечает 200, на неверный — 400.</translation>
    </message>
    <message>
        <source>Warning: reachable from the network.</source>
        <translation>Внимание: доступен из сети.</translation>
    </message>
    <message>
        <source>Endpoint p&amp;ath:</source>
        <translation>П&amp;уть приёма:</translation>
    </message>
    <message>
        <source>Paste &amp;webhooks:</source>
        <translation>Вст&amp;авьте вебхуки:</translation>
    </message>
    <message>
        <source>&amp;Clear paste</source>
        <translation>Оч&amp;истить вставку</translation>
    </message>
    <message>
        <source>Clear res&amp;ults</source>
        <translation>О&amp;чистить результаты</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>Allow a non-loopback address (reachable from the networ&amp;k)</source>
        <translation>&amp;Разрешить адрес не на loopback (доступный из сети)</translation>
    </message>
    <message>
        <source>one-off secret</source>
        <translation>разовый ключ</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) of this paste were already checked with the same secret: their rows are above, not added again.</source>
        <translation>
            <numerusform>%n вебхук из этой вставки уже проверен тем же ключом: его строка есть выше, повторно не добавлена.</numerusform>
            <numerusform>%n вебхука из этой вставки уже проверены тем же ключом: их строки есть выше, повторно не добавлены.</numerusform>
            <numerusform>%n вебхуков из этой вставки уже проверены тем же ключом: их строки есть выше, повторно не добавлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <source>Re&amp;port as HTML…</source>
        <translation>Отчёт в &amp;HTML…</translation>
    </message>
</context>
<context>
    <name>payment-sandbox</name>
    <message>
        <source>A Client Payment gateway simulator on loopback. See docs/SANDBOX.md.</source>
        <translation>Имитатор шлюза Client Payment на loopback. См. docs/SANDBOX.md.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one.</source>
        <translation>Порт на 127.0.0.1; 0 — выбрать свободный.</translation>
    </message>
    <message>
        <source>File holding the merchant secret (else CLIENT_PAYMENT_SECRET).</source>
        <translation>Файл с секретным ключом мерчанта (иначе CLIENT_PAYMENT_SECRET).</translation>
    </message>
    <message>
        <source>Opening balance in RUB (default 100000.00).</source>
        <translation>Начальный баланс в RUB (по умолчанию 100000.00).</translation>
    </message>
    <message>
        <source>Milliseconds before a withdrawal settles (default 2000).</source>
        <translation>Через сколько миллисекунд выплата завершается (по умолчанию 2000).</translation>
    </message>
    <message>
        <source>Milliseconds the fault-slow answer waits (default 5000).</source>
        <translation>Сколько миллисекунд ждёт ответ при сбое fault-slow (по умолчанию 5000).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>лишний аргумент: %1</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port принимает значения от 0 до 65535</translation>
    </message>
    <message>
        <source>--merchant-id is empty</source>
        <translation>--merchant-id пуст</translation>
    </message>
    <message>
        <source>--balance takes a decimal amount with at most 2 fraction digits</source>
        <translation>--balance принимает десятичную сумму, не больше 2 знаков после точки</translation>
    </message>
    <message>
        <source>--withdrawal-delay takes milliseconds</source>
        <translation>--withdrawal-delay принимает миллисекунды</translation>
    </message>
    <message>
        <source>--slow-delay takes milliseconds</source>
        <translation>--slow-delay принимает миллисекунды</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>no secret: use --secret-file F or set CLIENT_PAYMENT_SECRET</source>
        <translation>нет секретного ключа: укажите --secret-file Ф или задайте CLIENT_PAYMENT_SECRET</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>не удаётся слушать 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Know only these merchant ids, comma-separated (default: any merchant id).</source>
        <translation>Знать только эти ID мерчантов, через запятую (по умолчанию — любой ID мерчанта).</translation>
    </message>
    <message>
        <source>Know only these product ids, comma-separated (default: any product id).</source>
        <translation>Знать только эти ID продуктов, через запятую (по умолчанию — любой ID продукта).</translation>
    </message>
    <message>
        <source>Answer with keys beyond the documented ones (invoice_id, the echoed amount...), as older sandboxes did.</source>
        <translation>Отвечать и ключами сверх документированных (invoice_id, повтор суммы…), как прежние версии песочницы.</translation>
    </message>
    <message>
        <source>--product-id is empty</source>
        <translation>--product-id пуст</translation>
    </message>
    <message>
        <source>Milliseconds a request may take to arrive, from its first byte (default 10000); then 408 and the connection closed.</source>
        <translation>Сколько миллисекунд запрос может поступать, от первого байта (по умолчанию 10000); затем 408 и соединение закрывается.</translation>
    </message>
    <message>
        <source>Connections at once (default 256); at the limit the one idle the longest, else the slowest, is closed.</source>
        <translation>Соединений одновременно (по умолчанию 256); при достижении предела закрывается дольше всех простаивающее, иначе самое медленное.</translation>
    </message>
    <message>
        <source>--request-timeout takes milliseconds</source>
        <translation>--request-timeout принимает миллисекунды</translation>
    </message>
    <message>
        <source>--max-connections takes a number above 0</source>
        <translation>--max-connections принимает число больше 0</translation>
    </message>
    <message>
        <source>Answer every Nth GET with 429 Too Many Requests and Retry-After (default 0: never); POSTs are never answered so.</source>
        <translation>Отвечать на каждый N-й GET кодом 429 Too Many Requests с Retry-After (по умолчанию 0: никогда); на POST так не отвечает никогда.</translation>
    </message>
    <message>
        <source>Seconds the rate limit&apos;s Retry-After asks for (default 1).</source>
        <translation>Сколько секунд просит подождать Retry-After ограничения частоты (по умолчанию 1).</translation>
    </message>
    <message>
        <source>--rate-limit takes a number, 0 or above</source>
        <translation>--rate-limit принимает число, 0 или больше</translation>
    </message>
    <message>
        <source>--retry-after takes 0 to 86400 seconds</source>
        <translation>--retry-after принимает от 0 до 86400 секунд</translation>
    </message>
</context>
</TS>
