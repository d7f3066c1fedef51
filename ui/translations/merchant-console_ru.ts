<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallResult</name>
    <message>
        <source>Done: status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request error (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway internal error (HTTP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the gateway could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no secret for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the journal could not record the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the request is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PRODUCTION, real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: type the amount again to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retype the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>sandbox secret generated for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journal entry is not a payment or a withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by a status check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status check did not find it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox gateway could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new unique order number (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number in your system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount, e.g. 10.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your id in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ru or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to send the user after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to send the payment notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link lifetime in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;VC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVC code; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number (PAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two digits, e.g. 27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser colour depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser screen height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser screen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from UTC, e.g. -180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser user agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the challenge window, 01 to 05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account currency (RUB by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to pay out, e.g. 10.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to send the withdrawal notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s withdrawal request id (or give the order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal number in your system (or give the id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the journal %1 to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found at gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Search by order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded %1 %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the status of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be opened (%1). Payments and withdrawals are disabled until it can: nothing moves money without a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) or withdrawal(s) have an unknown outcome. Do not send them again: &lt;a href=&quot;journal&quot;&gt;check their status in the journal&lt;/a&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the status and balance calls in flight. Payments and withdrawals cannot be canceled once sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> PRODUCTION: %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real money moves with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant Console — %1 (PRODUCTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter secret for this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Secret for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Type the secret for %2. It is kept in memory for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>OperationPage</name>
    <message>
        <source>&amp;Send payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host-to-host &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-D &amp;Secure 2.0 (browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as merchant-&amp;cli command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Give the id or the order, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of payment %1. Already refunded: %2. Type the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of payment %1 (%2 %3). Already refunded: %4. Type the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already sent in this session. Sending it again may pay twice.

Send it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was already sent in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund exceeds the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was %2. Already refunded: %3. This refund of %4 would bring the total to %5, more than was paid.

Refund anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunds exceed the payment&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>The request was sent but no definite answer came back (%1). It may or may not have been carried out. Do not send it again: use Check status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: the gateway has it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: the gateway does not have it — it was not carried out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a new secret to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store secret in &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;: real money moves with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(embedded sandbox, started by the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox secret is generated at each start and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name (not &quot;%1&quot;) and an http or https base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile %1? Its secret stays in the keychain until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep the secret in memory for this session only? It will be forgotten when the console closes; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to profile %1 first, then store the secret for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop console for the Client Payment API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and show the main window, wait for its first paint, print the time it took, and exit 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation>Запросов ещё не было.</translation>
    </message>
    <message>
        <source>Fill in the form and press the send button (Ctrl+Enter). The answer shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain: %1 is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain (%1) did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message>
        <source>The webhook workbench (receive, verify and replay notifications) will live here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
