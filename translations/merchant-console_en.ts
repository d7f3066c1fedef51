<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalFollower</name>
    <message>
        <source>Approved by %1 at %2; being sent now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout of order %1 approved by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved by %1 and sent at %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout of order %1 approved by %2 and sent: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected by %1: not sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout of %1 %2 to %3, order %4: rejected at %5 (%6). Nothing was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout of order %1 rejected by %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired unapproved: not sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody approved the payout of order %1 in time. Nothing was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout of order %1 expired unapproved</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>A limit is an amount of 0 or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>approval above %1, daily limit %2</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is above the team&apos;s approval limit of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 paid out today plus %2 is above the daily limit of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot seal the card number (OpenSSL); nothing was journalled or sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>withdrawal of order %1 (merchant %2) already waits for approval as request %3 of %4; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no approval request %1</source>
        <translation></translation>
    </message>
    <message>
        <source>request %1 was already approved by %2 and sent; nothing was sent now</source>
        <translation></translation>
    </message>
    <message>
        <source>request %1 was rejected by %2 (%3); nothing was sent</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>request %1 expired unapproved after %n hours; nothing was sent</source>
        <translation>
            <numerusform>request %1 expired unapproved after %n hour; nothing was sent</numerusform>
            <numerusform>request %1 expired unapproved after %n hours; nothing was sent</numerusform>
        </translation>
    </message>
    <message>
        <source>request %1 was already approved by %2; nothing was sent now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 requested %2 and cannot approve it: another operator must</source>
        <translation></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>request %1 was decided by %2 meanwhile; nothing was sent now</source>
        <translation></translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation></translation>
    </message>
    <message>
        <source>request %1 is %2 already; nothing changed</source>
        <translation></translation>
    </message>
    <message>
        <source>the sealed card number of request %1 is gone; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>the card number of request %1 cannot be unsealed with this profile&apos;s secret (another merchant&apos;s secret, or the row was changed); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot erase settled card numbers: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ApprovalsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a request id (a whole number above 0)</source>
        <translation></translation>
    </message>
    <message>
        <source>approvals approve wants the request&apos;s id (see approvals list)</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the console&apos;s own file).</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite journals only (a one-person dry run): act as NAME instead of the login name.</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>One JSON object a line.</source>
        <translation></translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation></translation>
    </message>
    <message>
        <source>Lists the payouts awaiting approval, oldest first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejects a payout awaiting approval: it is never sent, and its sealed card number is erased.</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payouts above the team&apos;s policy wait for a second operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation></translation>
    </message>
    <message>
        <source>list, approve or reject (see COMMAND --help)</source>
        <translation></translation>
    </message>
    <message>
        <source>approvals wants list, approve or reject</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown approvals command &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>approvals reject wants one request id</source>
        <translation></translation>
    </message>
    <message>
        <source>approvals reject wants --reason TEXT</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>request %1 rejected; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite journals only (a one-person dry run): hold ROLE alone (viewer, operator, approver or owner).</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation></translation>
    </message>
    <message>
        <source>--role wants viewer, operator, approver or owner, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>approvals %1 needs the %2 role: %3; nothing was changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Payouts and refunds above the team&apos;s limit wait here for a second operator. The requester cannot approve their own.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payouts awaiting approval</source>
        <translation></translation>
    </message>
    <message>
        <source>Request</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Rea&amp;son for rejecting:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Approve and send</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1: the profile&apos;s secret is not loaded; nothing was approved or sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approving request %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1 approved; sending…</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1 rejected; it will never be sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>You asked for this payout: another operator approves it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1: cancelled — nothing was approved or sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1: approved and sent — %2 (requested by %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1: approved, not sent — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>%1 rows done, %2 failed</source>
        <translation></translation>
    </message>
    <message>
        <source>rate limits: %1 rows asked again after the gateway&apos;s Retry-After, %2 retries in all</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallResult</name>
    <message>
        <source>Refused by the gateway</source>
        <translation></translation>
    </message>
    <message>
        <source>Request error (HTTP 400)</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway internal error (HTTP 500)</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: the gateway could not be reached</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: secure connection failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: no secret for this profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: the journal could not record the request</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: the request is not valid</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: this order was already sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for approval as request %1: not sent yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
</context>
<context>
    <name>CardInput</name>
    <message>
        <source>--card -: standard input holds more than a card; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: cannot read %1: %2; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: %1 is not a file; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>warning: the card file %1 can be read by other users; make it yours alone (chmod 600) or give the card with --card -</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: %1 holds more than a card; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: line %1 of %2 is not KEY=VALUE; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: line %1 of %2 is not a card field (%3); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: &apos;%1&apos; on line %2 of %3 is not a card field (%4); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: %1 is given twice in %2; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card: %1 holds no card field (%2); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card -: the card was not finished; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--card -: no card field was given; nothing was sent</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChainAlarmBanner</name>
    <message>
        <source>Journal chain alarm</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;The journal&apos;s chain is broken at entry %1&lt;/b&gt;: %2. An entry was changed, removed or reordered behind the journal&apos;s back; its facts (amount, card, outcome) cannot be trusted. This stays until the journal verifies again. &lt;a href=&apos;entry&apos;&gt;Show entry %1&lt;/a&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChainWatch</name>
    <message>
        <source>the journal is not open</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Signed calls to the Client Payment API.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>Request path, e.g. /init.</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP method.</source>
        <translation></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation></translation>
    </message>
    <message>
        <source>Request fields.</source>
        <translation></translation>
    </message>
    <message>
        <source>--endpoint and --method are required</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>VERB</source>
        <translation></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>Prints the canonical payload that a request&apos;s signature covers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prints the signature of a request.</source>
        <translation></translation>
    </message>
    <message>
        <source>init, status, balance, withdraw, refund, withdrawal-status, sign, canonical, verify, listen, secret, journal, approvals, reconcile (see VERB --help)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::FieldValidator</name>
    <message>
        <source>Enter the amount as digits with an optional decimal point, e.g. 10.50.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount must not start with a zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount can have at most 2 digits after the decimal point.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card number must contain digits only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card number must have 13 to 19 digits.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card number is mistyped: its check digit is wrong.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the month as two digits, 01 to 12.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the year as two digits, e.g. 27.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CVC is 3 or 4 digits.</source>
        <translation></translation>
    </message>
    <message>
        <source>The language is ru or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>The currency is three capital letters, e.g. RUB.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lifetime is a whole number of seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lifetime is 1 to 2592000 seconds (30 days).</source>
        <translation></translation>
    </message>
    <message>
        <source>The challenge window size is 01 to 05.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a positive whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The order number is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The order number is longer than 255 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The order number contains a control character.</source>
        <translation></translation>
    </message>
    <message>
        <source>The order number starts or ends with a space.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an absolute http or https URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device channel is BRW.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an IPv4 or IPv6 address.</source>
        <translation></translation>
    </message>
    <message>
        <source>Java enabled is true or false.</source>
        <translation></translation>
    </message>
    <message>
        <source>The colour depth is one of 1, 4, 8, 15, 16, 24, 30, 32 or 48.</source>
        <translation></translation>
    </message>
    <message>
        <source>The screen size is 1 to 99999 pixels.</source>
        <translation></translation>
    </message>
    <message>
        <source>The time zone is minutes from UTC, -720 to 840.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayClient</name>
    <message>
        <source>The gateway URL must be an absolute https URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway URL must not contain a user name or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway URL must not contain a query or fragment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Plain http is allowed only on this machine (loopback); use https for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway URL must be an https URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>No secret is set: calls cannot be signed.</source>
        <translation></translation>
    </message>
    <message>
        <source>No network access manager is set.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayError</name>
    <message>
        <source>no error</source>
        <translation></translation>
    </message>
    <message>
        <source>validation error</source>
        <translation></translation>
    </message>
    <message>
        <source>gateway refusal</source>
        <translation></translation>
    </message>
    <message>
        <source>gateway failure</source>
        <translation></translation>
    </message>
    <message>
        <source>network error</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>The request may have reached the gateway: check its status before trying again.</source>
        <translation></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway refused the connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway closed the connection before answering.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway&apos;s host name was not found.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The secure connection to the gateway failed (TLS).</source>
        <translation></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation></translation>
    </message>
    <message>
        <source>Background requests are not allowed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway redirected the call, which is never followed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The proxy failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent; it was not sent again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer broke the HTTP protocol.</source>
        <translation></translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation></translation>
    </message>
    <message>
        <source>The network call failed (error %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The request is not valid; nothing was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway refused the request.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::GatewayReply</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is larger than %1 bytes; it was not read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer has no status.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway answered with a redirect (HTTP %1), which is never followed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway had an internal error (HTTP 500).</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway answered with HTTP status %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Qt&apos;s automatic resend was refused so that the request is not sent twice.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::RequestFieldChecks</name>
    <message>
        <source>This field is required.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::WebhookListener</name>
    <message>
        <source>The listener is already listening.</source>
        <translation></translation>
    </message>
    <message>
        <source>Listening on %1 would take webhooks from the network; only 127.0.0.1 is allowed without an explicit opt-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClientPayment::WithdrawalStatusRequest</name>
    <message>
        <source>Give either the withdrawal id or the order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give either the withdrawal id or the order, not both.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — PRODUCTION, real money</source>
        <translation></translation>
    </message>
    <message>
        <source>Production: type the amount again to confirm:</source>
        <translation></translation>
    </message>
    <message>
        <source>Retype the amount</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm refund</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund %1 %2 of payment %3 to %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund %1 %2 of payment %3 to %4; %5 left after this</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of payment:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm approval</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve and refund %1 %2 of payment %3 to %4, order %5, requested by %6</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve and pay out %1 %2 to %3, order %4, requested by %5</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Approve and send</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>sandbox secret generated for this session</source>
        <translation></translation>
    </message>
    <message>
        <source>reading the secret from the keychain…</source>
        <translation></translation>
    </message>
    <message>
        <source>secret kept in memory for this session only</source>
        <translation></translation>
    </message>
    <message>
        <source>That journal entry is not a payment or a withdrawal.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: waiting for another operator&apos;s approval as request %2 (Approvals page). Nothing was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal cannot be reached (%1), so the answer would not be journalled: nothing was sent. The console reconnects by itself; try again when the status bar says the journal is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>This program has no embedded sandbox gateway.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty: a header row naming the columns is required</source>
        <translation></translation>
    </message>
    <message>
        <source>bad header row: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>bad header row: a column has no name</source>
        <translation></translation>
    </message>
    <message>
        <source>bad header row: the column &apos;%1&apos; appears twice</source>
        <translation></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>the row contains binary data (a NUL byte)</source>
        <translation></translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation></translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DiagnoseOptions</name>
    <message>
        <source>For each invalid webhook, name the likely cause that makes it valid (another path or method, blanks, a lost empty field, decoding, another profile&apos;s secret). A hint, never a verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another endpoint path (or notification URL) for --diagnose to try; repeatable.</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>A profile whose keychain secret --diagnose tries too; repeatable. Only its name is shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>--candidate-profile is for --diagnose</source>
        <translation></translation>
    </message>
    <message>
        <source>candidate profile %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Fill a new unique order number (UUID)</source>
        <translation></translation>
    </message>
    <message>
        <source>New order number</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation></translation>
    </message>
    <message>
        <source>Required</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>required</source>
        <translation></translation>
    </message>
    <message>
        <source>Order number in your system</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment amount, e.g. 10.00</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merchant ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Your id in the system</source>
        <translation></translation>
    </message>
    <message>
        <source>Product id in the system</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To card</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation></translation>
    </message>
    <message>
        <source>Order description</source>
        <translation></translation>
    </message>
    <message>
        <source>ru or en</source>
        <translation></translation>
    </message>
    <message>
        <source>Where to send the user after payment</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Notification URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Where to send the payment notification</source>
        <translation></translation>
    </message>
    <message>
        <source>Link lifetime in seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>CVC code; never stored</source>
        <translation></translation>
    </message>
    <message>
        <source>Card number (PAN)</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xpiry month</source>
        <translation></translation>
    </message>
    <message>
        <source>01 to 12</source>
        <translation></translation>
    </message>
    <message>
        <source>Two digits, e.g. 27</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser IP address</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted content</source>
        <translation></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser language</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser colour depth</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser screen height</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser screen width</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes from UTC, e.g. -180</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser user agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Size of the challenge window, 01 to 05</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation></translation>
    </message>
    <message>
        <source>Account currency (RUB by default)</source>
        <translation></translation>
    </message>
    <message>
        <source>Beneficiary card number</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount to pay out, e.g. 10.00</source>
        <translation></translation>
    </message>
    <message>
        <source>Where to send the withdrawal notification</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal &amp;ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation></translation>
    </message>
    <message>
        <source>Prod&amp;uct ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation></translation>
    </message>
    <message>
        <source>F&amp;inish URL</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Lifetime</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;CVC</source>
        <translation></translation>
    </message>
    <message>
        <source>Card num&amp;ber</source>
        <translation></translation>
    </message>
    <message>
        <source>Expir&amp;y year</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel (&amp;1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Bro&amp;wser IP</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept header (&amp;2)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Java enabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Browser language (&amp;4)</source>
        <translation></translation>
    </message>
    <message>
        <source>Colour depth (&amp;5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Screen height (&amp;6)</source>
        <translation></translation>
    </message>
    <message>
        <source>Screen width (&amp;7)</source>
        <translation></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation></translation>
    </message>
    <message>
        <source>User agent (&amp;8)</source>
        <translation></translation>
    </message>
    <message>
        <source>Challenge window (&amp;9)</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway&apos;s payout id (or the order)</source>
        <translation></translation>
    </message>
    <message>
        <source>Your payout number (or the id)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GatewayOptions</name>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway base URL (default %1). Plain http only on loopback.</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>File holding the merchant&apos;s secret (else CLIENT_PAYMENT_SECRET, else the profile&apos;s keychain entry).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 profile runs inside the console; give --base-url and --secret-file of a payment-sandbox</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds above 0, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect to the journal %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal %1 has schema version %2; this program knows up to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create or migrate the journal %1 to schema version %2 (%3: %4). Its owner runs: merchant-cli journal init --journal %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of order %2 (merchant %3) was already sent by %4 at %5 — %6. Nothing was sent now; to send it again, use a new order.</source>
        <translation></translation>
    </message>
    <message>
        <source>someone</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot update the journal: no entry %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 should be the first, but links to an earlier one: entries before it were removed</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it: an entry was removed, inserted or reordered there</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its content)</source>
        <translation></translation>
    </message>
    <message>
        <source>Operators and grants are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -)</source>
        <translation></translation>
    </message>
    <message>
        <source>--operator is for a SQLite journal (a one-person dry run); on PostgreSQL the database role of the connection is the operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator name (letters, digits, _ . @ -)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: it is not a file</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: it is not a SQLite journal</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal %1 can be read by other users of this machine (it holds masked cards and amounts): chmod 600 %1</source>
        <translation></translation>
    </message>
    <message>
        <source>it cannot switch to WAL mode</source>
        <translation></translation>
    </message>
    <message>
        <source>the connection to the journal&apos;s server was lost</source>
        <translation></translation>
    </message>
    <message>
        <source>the database driver gave no reason</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal is not open: the connection to its server was lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the journal %1&apos;s schema version: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal error: the journal&apos;s synchronous standby did not confirm the entry within the deadline (it is on the primary only)</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 is not the entry verified before (hash %2, now %3): the journal was rewritten, its links recomputed</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1, verified before (hash %2), is gone: the journal was rewritten or cut short</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the console&apos;s own file). The password comes from ~/.pgpass or PGPASSFILE, never from the command line.</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>One JSON array instead of lines.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only entries whose order contains TEXT.</source>
        <translation></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation></translation>
    </message>
    <message>
        <source>At most N entries (default 1000).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Comma-separated database roles that may write the journal (INSERT and SELECT only; created when missing).</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation></translation>
    </message>
    <message>
        <source>Lists the journal, newest first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Creates or migrates the journal&apos;s schema; on PostgreSQL also lets the operators&apos; roles INSERT and SELECT it, never UPDATE or DELETE.</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal the console and merchant-cli share.</source>
        <translation></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown journal command &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--limit wants a whole number above 0, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>journal %1 ready (schema version %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>; operators: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>journal intact: %n entries checked</source>
        <translation>
            <numerusform>journal intact: %n entry checked</numerusform>
            <numerusform>journal intact: %n entries checked</numerusform>
        </translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>A payout (withdrawal or refund) above AMOUNT waits for a second operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation></translation>
    </message>
    <message>
        <source>An operator&apos;s payouts of the day (UTC) above AMOUNT in all wait for a second operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>The currency the amounts are in.</source>
        <translation></translation>
    </message>
    <message>
        <source>C</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 wants an amount like 500 or 500.00, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>journal policy wants --approval-above AMOUNT</source>
        <translation></translation>
    </message>
    <message>
        <source>--currency wants a three-letter code like RUB, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>no approval policy: payouts are sent without a second operator</source>
        <translation></translation>
    </message>
    <message>
        <source>payouts above %1 wait for approval; daily limit per operator: %2 (set by %3 at %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>server: %1, as %2</source>
        <translation></translation>
    </message>
    <message>
        <source>libpq&apos;s default, prefer</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS: in use (sslmode %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS: not in use (sslmode %1): the journal&apos;s traffic is readable on the network</source>
        <translation></translation>
    </message>
    <message>
        <source>synchronous_commit: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>synchronous standbys: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>fsync: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>fsync is %1: a crash of the server can lose committed entries</source>
        <translation></translation>
    </message>
    <message>
        <source>no synchronous standby (synchronous_standby_names is empty): a failover to a standby can lose committed sent entries, and the same order could then be sent again</source>
        <translation></translation>
    </message>
    <message>
        <source>synchronous_commit is %1: an entry counts as committed before the standby has it on disk; a failover can lose it</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite: one machine&apos;s file (synchronous=FULL); no server, no failover</source>
        <translation></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>chain: intact, %n entries checked</source>
        <translation>
            <numerusform>chain: intact, %n entry checked</numerusform>
            <numerusform>chain: intact, %n entries checked</numerusform>
        </translation>
    </message>
    <message>
        <source>chain: broken at entry %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>at-most-once could be lost in a failover: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>at-most-once holds across a failover to a synchronous standby</source>
        <translation></translation>
    </message>
    <message>
        <source>Each journal call&apos;s deadline, in seconds (default 10): connecting, a lock, a query.</source>
        <translation></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation></translation>
    </message>
    <message>
        <source>Says what the journal&apos;s at-most-once rests on: TLS, synchronous_commit, the synchronous standbys, fsync, the schema version and the hash chain. Exit 0 when it holds across a failover, 1 when it could be lost (saying why) or the chain is broken, 2 when the journal cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds above 0, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>An exported chain head: written when FILE does not exist, checked when it does.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Checks the journal&apos;s hash chain: exit 0 when intact, 1 when an entry was changed, removed or reordered (the first one is named), or when the journal no longer holds a head verified before here or exported to the anchor.</source>
        <translation></translation>
    </message>
    <message>
        <source>TEMPORARY revoked from PUBLIC on the journal&apos;s database: operators cannot create temporary tables</source>
        <translation></translation>
    </message>
    <message>
        <source>TEMPORARY revoked from PUBLIC, but still granted to %1 (REVOKE TEMPORARY ON DATABASE ... FROM them)</source>
        <translation></translation>
    </message>
    <message>
        <source>anchor written to %1: entry %2, hash %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs the %2 role: %3; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>(owns the journal&apos;s tables: every role)</source>
        <translation></translation>
    </message>
    <message>
        <source>journal %1 wants ROLE NAME...</source>
        <translation></translation>
    </message>
    <message>
        <source>no role &apos;%1&apos;: the roles are viewer, operator, approver, owner; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>journal %1 %2 wants at least one NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 granted to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 revoked from %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Lets the approver role also send payments and payouts (off by default: separation of duties).</source>
        <translation></translation>
    </message>
    <message>
        <source>Sets the team&apos;s approval policy, as a journal entry. Only an owner may; without options, prints the policy in force.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lists who holds which of the four roles: viewer, operator, approver, owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lets each NAME (an existing database login) hold ROLE (viewer, operator, approver or owner), as a journal entry. Owners only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Takes ROLE away from each NAME, as a journal entry. Owners only; the journal&apos;s tables&apos; owner stays an owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation></translation>
    </message>
    <message>
        <source>viewer, operator, approver or owner</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>database logins</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME...</source>
        <translation></translation>
    </message>
    <message>
        <source>approvers may also send payments and payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>approvers send only what they approved</source>
        <translation></translation>
    </message>
    <message>
        <source>list, verify, check, init, policy, roles, grant, revoke or settle (see COMMAND --help)</source>
        <translation>list, verify, check, init, policy, roles, grant, revoke or settle (see COMMAND --help)</translation>
    </message>
    <message>
        <source>journal wants list, verify, check, init, policy, roles, grant, revoke or settle</source>
        <translation>journal wants list, verify, check, init, policy, roles, grant, revoke or settle</translation>
    </message>
</context>
<context>
    <name>JournalDetailPane</name>
    <message>
        <source>Entry details</source>
        <translation></translation>
    </message>
    <message>
        <source>Select an entry to see its request, its response and the timeline of its order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline of order %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (refund %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Request (as journalled: no signature, no CVC, card masked)</source>
        <translation></translation>
    </message>
    <message>
        <source>Response</source>
        <translation></translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>settled by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This entry fails the journal&apos;s chain check: it was changed after it was written. Its amount, card and outcome cannot be trusted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome recorded by</source>
        <translation></translation>
    </message>
    <message>
        <source>Approval requested (request %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, outcome by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>in flight</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation></translation>
    </message>
    <message>
        <source>refused</source>
        <translation></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation></translation>
    </message>
    <message>
        <source>not found at gateway</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalHeads</name>
    <message>
        <source>%1 is not a journal anchor (id and hash)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The anchor %1 is of the journal %2, not of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write the anchor %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation></translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the status of %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Order, card, amount or profile (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy order</source>
        <translation></translation>
    </message>
    <message>
        <source>order</source>
        <translation></translation>
    </message>
    <message>
        <source>Show webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation></translation>
    </message>
    <message>
        <source>row</source>
        <translation></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation></translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Answered: paid, pending, paid out…</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused or declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent, or no answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation></translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation></translation>
    </message>
    <message>
        <source>Verify &amp;chain</source>
        <translation></translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s hash: shows whether an entry was changed, removed or reordered behind the journal&apos;s back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %n entries checked</source>
        <translation>
            <numerusform>Journal intact: %n entry checked</numerusform>
            <numerusform>Journal intact: %n entries checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal broken at entry %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal cannot be read (%1): the entries are not shown until it can.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry %1 cannot be trusted</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry %1 (order %2) fails the journal&apos;s chain check: it was changed after it was written. Its facts (amount %3, card %4, outcome) cannot be trusted, and %5 would be built on them.

Check the order with the gateway or your records first. Go on anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 already refunded.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalRoles</name>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation></translation>
    </message>
    <message>
        <source>send payments</source>
        <translation></translation>
    </message>
    <message>
        <source>send payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>send refunds</source>
        <translation></translation>
    </message>
    <message>
        <source>send approved payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>approve requests</source>
        <translation></translation>
    </message>
    <message>
        <source>settle entries</source>
        <translation></translation>
    </message>
    <message>
        <source>set the approval policy</source>
        <translation></translation>
    </message>
    <message>
        <source>grant or revoke roles</source>
        <translation></translation>
    </message>
    <message>
        <source>run journal check</source>
        <translation></translation>
    </message>
    <message>
        <source>check status</source>
        <translation></translation>
    </message>
    <message>
        <source>send payments and payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>decide others&apos; requests</source>
        <translation></translation>
    </message>
    <message>
        <source>set the policy and the roles</source>
        <translation></translation>
    </message>
    <message>
        <source>You hold no role in this journal, so you may not %1</source>
        <translation></translation>
    </message>
    <message>
        <source> and </source>
        <translation></translation>
    </message>
    <message>
        <source>Your roles %1 may %2, not %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Your role %1 may %2, not %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s roles: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is, with every role. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -); nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (it needs the owner role); nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no database role &apos;%1&apos; (create it first: createuser --login %1); nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 owns the journal&apos;s tables: it stays an owner, so the journal never loses its last owner; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not hold the role %2; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal&apos;s group roles %1 are missing, and %2 lacks the CREATEROLE privilege to create them (the journal&apos;s owner runs journal init again); nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>--role is for a SQLite journal (a one-person dry run); on PostgreSQL the database says which roles the connection holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>Operators and grants are for a PostgreSQL journal; a SQLite journal belongs to the one person whose file it is.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name (letters, digits, _ . -)</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the operators&apos; roles %1: the journal&apos;s owner %2 lacks the CREATEROLE privilege (as PostgreSQL&apos;s superuser: ALTER ROLE %2 CREATEROLE), or create them first (createuser --login NAME). Nothing was created.</source>
        <translation></translation>
    </message>
    <message>
        <source>the operators %1 become members of the group roles %2, which the journal&apos;s owner lacks the CREATEROLE privilege to create</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalSummary</name>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Webhook received</source>
        <translation></translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal is not open yet</source>
        <translation></translation>
    </message>
    <message>
        <source>This entry fails the journal&apos;s chain check: it was changed after it was written, so its facts (amount, card, outcome) cannot be trusted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalThread</name>
    <message>
        <source>the connection to the journal&apos;s server was lost</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JournalUrl</name>
    <message>
        <source>the journal URL holds a control character; expected %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a journal URL; expected %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid journal URL (%2); expected %3</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SQLite journal URL; expected sqlite:///path/file.db</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown journal URL scheme &apos;%1&apos;; expected %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a password in the journal URL is refused: keep it in ~/.pgpass or PGPASSFILE</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL names no user: postgresql://user@host:port/db</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL names no host: postgresql://user@host:port/db</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL names no database: postgresql://user@host:port/db</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s port is not a number from 1 to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a journal file; expected %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL takes no fragment: postgresql://user@host:port/db</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s user is not a role name</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; lacks its &apos;]&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not an IPv6 address</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not host:port</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s socket folder &apos;%1&apos; holds a ; , or &apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s host &apos;%1&apos; is not a host name or address</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s parameter &apos;%1&apos; is not one a journal takes (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s parameter &apos;%1&apos; has no value</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL gives &apos;%1&apos; twice</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds from 1 to 3600</source>
        <translation></translation>
    </message>
    <message>
        <source>up to 63 letters, digits, spaces and . _ : @ / -</source>
        <translation></translation>
    </message>
    <message>
        <source>an absolute path without ;</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal URL&apos;s %1 &apos;%2&apos; is not valid; expected %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>malformed:</source>
        <translation></translation>
    </message>
    <message>
        <source>valid</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>diagnosis:</source>
        <translation></translation>
    </message>
    <message>
        <source>no likely cause found</source>
        <translation></translation>
    </message>
    <message>
        <source>Receives webhooks on 127.0.0.1 and verifies each as it arrives: 200 for a valid one, 400 for an invalid one, 413 for a body over 64 KiB. Point the sandbox&apos;s notification_url at the printed URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Path that receives the webhooks (the path they are signed for), e.g. /webhooks.</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation></translation>
    </message>
    <message>
        <source>Print one JSON object per webhook.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit after N requests at the endpoint (default: run until killed).</source>
        <translation></translation>
    </message>
    <message>
        <source>listen takes no file</source>
        <translation></translation>
    </message>
    <message>
        <source>--port N is required: a port from 0 (any free port) to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>--endpoint PATH is required and starts with &apos;/&apos;, e.g. /webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>--exit-after takes a positive number</source>
        <translation></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The journal cannot be opened (%1). Payments and withdrawals are disabled until it can: nothing moves money without a record.</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no OpenSSL library, so no call can reach a gateway over https. Install libssl3 (and libqt6network6) and restart the console. The Sandbox profile works without it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) or withdrawal(s) have an unknown outcome. Do not send them again: &lt;a href=&quot;journal&quot;&gt;check their status in the journal&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n payment or withdrawal has an unknown outcome. Do not send it again: &lt;a href=&quot;journal&quot;&gt;check its status in the journal&lt;/a&gt;.</numerusform>
            <numerusform>%n payments or withdrawals have an unknown outcome. Do not send them again: &lt;a href=&quot;journal&quot;&gt;check their status in the journal&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel the status and balance calls in flight. Payments and withdrawals cannot be canceled once sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation></translation>
    </message>
    <message>
        <source> PRODUCTION: %1 </source>
        <translation></translation>
    </message>
    <message>
        <source>Real money moves with this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter secret for this session…</source>
        <translation></translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in flight</source>
        <translation>
            <numerusform>%n call in flight</numerusform>
            <numerusform>%n calls in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret for this session</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Type the secret for %2. It is kept in memory for this session only and never written to disk.</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation></translation>
    </message>
    <message>
        <source>Started on %1. Production profile %2 was used last; choose it in the profile box to use it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send the form</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy as merchant-cli command</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose &amp;profile</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: send the form of the page shown (asks before money moves)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter: look up (status, balance and withdrawal status pages)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: choose the profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Alt + underlined letter: go to that field or button</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch to production</source>
        <translation></translation>
    </message>
    <message>
        <source>not set</source>
        <translation></translation>
    </message>
    <message>
        <source>PRODUCTION — %1, merchant %2: payments and withdrawals move real money.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: opening</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: open</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: open, encrypted (TLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: open, NOT encrypted</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: reconnecting</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal: offline</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal cannot be reached (%1). The console reconnects by itself (Retry in the status bar tries now). Payments and withdrawals are disabled until it is back: nothing moves money without a record.</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal state</source>
        <translation></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconnect to the journal now</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch to production profile %1 (merchant %2, %3)?

Payments and withdrawals sent from it move real money. The forms are cleared: nothing typed for another profile goes with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (PRODUCTION)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal status</source>
        <translation></translation>
    </message>
    <message>
        <source>Host-to-host card (all or none)</source>
        <translation></translation>
    </message>
    <message>
        <source>3-D Secure 2.0 browser (all or none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields (id or order)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperationCall</name>
    <message>
        <source>Initiates a payment (POST /init). Sent at most once: if the outcome is unknown, ask with `status`, never init again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Asks a payment&apos;s status (GET /status).</source>
        <translation></translation>
    </message>
    <message>
        <source>Asks the merchant&apos;s balance (GET /balance).</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests a payout to a card (POST /withdrawal_request). Sent at most once: if the outcome is unknown, ask with `withdrawal-status`, never withdraw again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Asks a withdrawal&apos;s status by id or by order (GET /withdrawal_request).</source>
        <translation></translation>
    </message>
    <message>
        <source>(* required) Exit codes: 0 ok, 2 usage or validation (nothing sent), 3 refused by the gateway, 4 gateway failed, 5 network failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not a valid URL</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown field(s) for %1: %2 (fields: %3)</source>
        <translation></translation>
    </message>
    <message>
        <source> (code %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid request, nothing was sent: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Bound on the whole call, retries included, in seconds (default 30; in a batch, per row).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV file with a header row of request fields: one call per row, one JSON line per row out, in row order; an empty cell is a field not given. KEY=VALUE fields apply to every row. Exit code: 0 if every row succeeded, else the highest of the failed rows&apos; codes (5 &gt; 4 &gt; 3 &gt; 2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls at a time in a batch (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Request fields.</source>
        <translation></translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation></translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] [KEY=VALUE...]</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation></translation>
    </message>
    <message>
        <source>--jobs wants a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--jobs applies to --batch only</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is not a field of %3 (fields: %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is also given as %2=...</source>
        <translation></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>--journal: %1; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>journal: %1; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>the result could not be recorded in the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite journals only, for a one-person dry run of approvals: write as NAME instead of the login name. On PostgreSQL the database role is the operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>--operator: %1; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>an approved request is sent as it was journalled; give no KEY=VALUE fields</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: awaiting another operator&apos;s approval as request %2 (merchant-cli approvals approve %2); nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal that records the call: sqlite:///path/file.db, a path, or postgresql://user@host:port/db. A payment or withdrawal is recorded before it is sent, and refused when its order was already sent. Default: the --profile&apos;s journal URL, else the console&apos;s own file. The password comes from the profile&apos;s keychain entry, else ~/.pgpass or PGPASSFILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>the results could not be recorded in the journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>File of KEY=VALUE lines with the card (%1), or - for standard input (asked field by field, the CVC unechoed, on a terminal). Card fields are never taken as arguments, which every local user can read in the process list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunds a paid payment to the card that paid it (POST /withdrawal_request), as the console&apos;s Refund… does: at most what is left of the payment, to the card whose first 6 and last 4 digits paid it, under the same approval policy; the journal records which payment it refunds. The order defaults to refund-ORDER (-2, -3... for later refunds), merchant_id and currency to the profile&apos;s and the payment&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The order of the paid payment to refund.</source>
        <translation></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation></translation>
    </message>
    <message>
        <source>--payment ORDER names the payment to refund; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>no payment %1 in the journal%2; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source> for profile %1</source>
        <translation></translation>
    </message>
    <message>
        <source>payment %1 is not paid as far as the journal knows (%2): check its status first; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not taken as an argument: every local user can read a command line in the process list (ps); give the card with --card FILE or --card -; nothing was sent</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>rate limit: asked again %n time(s) after the gateway&apos;s Retry-After</source>
        <translation>
            <numerusform>rate limit: asked again %n time after the gateway&apos;s Retry-After</numerusform>
            <numerusform>rate limit: asked again %n times after the gateway&apos;s Retry-After</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite journals only, for a one-person dry run: hold ROLE alone (viewer, operator, approver or owner) instead of every role. On PostgreSQL the database says which roles the login holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation></translation>
    </message>
    <message>
        <source>--role wants viewer, operator, approver or owner, not &apos;%1&apos;; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>--role: %1; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs the %2 role: %3; nothing was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>A console profile: its base URL, timeout, merchant_id, product_id and currency are the defaults, its journal the journal, and its secret comes from the OS keychain.</source>
        <translation>A console profile: its base URL, timeout, merchant_id, product_id and currency are the defaults, its journal the journal, and its secret comes from the OS keychain.</translation>
    </message>
</context>
<context>
    <name>OperationPage</name>
    <message>
        <source>&amp;Send payment…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Get balance</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Get status</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>The outcome of order %1 is unknown: check its status first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the id or the order, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>Same order again</source>
        <translation></translation>
    </message>
    <message>
        <source>Order %1 was already sent in this session. Sending it again may pay twice.

Send it again anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>This order was already sent in this session.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund exceeds the payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment %1 was %2. Already refunded: %3. This refund of %4 would bring the total to %5, more than was paid.

Refund anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>The refunds exceed the payment&apos;s amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation></translation>
    </message>
    <message>
        <source>Settled: the gateway does not have it — it was not carried out</source>
        <translation></translation>
    </message>
    <message>
        <source>The request was sent, but no definite answer came back.
%1
It may or may not have been carried out. Do not send it again: use Check status.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of payment %1: paid %2 %3; already refunded %4; %5 left.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of payment %1: its amount is not in the journal; already refunded %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>It goes back to the card that paid, %1 (from the journal): type that card&apos;s number.</source>
        <translation></translation>
    </message>
    <message>
        <source>It goes back to the card that paid, %1 (from the payment&apos;s webhook): type that card&apos;s number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card that paid is not known to the console (no journal entry or webhook names it): make sure the number typed is the payer&apos;s card.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card that paid is not known: make sure this is the payer&apos;s card.</source>
        <translation></translation>
    </message>
    <message>
        <source>Settled by a status check: the gateway has it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send live payment…</source>
        <translation></translation>
    </message>
    <message>
        <source>Send live &amp;payout…</source>
        <translation></translation>
    </message>
    <message>
        <source>H&amp;ost-to-host card</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;3-D Secure 2.0 (browser)</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy as merchant-cli command</source>
        <translation></translation>
    </message>
    <message>
        <source>Chec&amp;k status</source>
        <translation></translation>
    </message>
    <message>
        <source>Refu&amp;nd…</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed by a status check.</source>
        <translation></translation>
    </message>
    <message>
        <source>Of that, %1 waits for another operator&apos;s approval (Approvals page).</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled — nothing sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Order %1 was not sent: the confirmation was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 %3 already refunded.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperationProtocol</name>
    <message>
        <source>%1 of order %2 was already sent by %3 at %4; its outcome: %5. Nothing was sent now; to send it again, use a new order.</source>
        <translation></translation>
    </message>
    <message>
        <source>another operator</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperationResult</name>
    <message>
        <source>the gateway refused: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the gateway failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 The outcome is unknown: the request may have reached the gateway. Do not send it again; check with `%2`</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation></translation>
    </message>
    <message>
        <source>Not found at the gateway</source>
        <translation></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid webhook</source>
        <translation></translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation></translation>
    </message>
    <message>
        <source>the gateway could not be reached</source>
        <translation></translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation></translation>
    </message>
    <message>
        <source>no secret for the profile</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal could not record it</source>
        <translation></translation>
    </message>
    <message>
        <source>the request was not valid</source>
        <translation></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation></translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation></translation>
    </message>
    <message>
        <source>waiting for the payer</source>
        <translation></translation>
    </message>
    <message>
        <source>check its status for the result</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>success</source>
        <translation></translation>
    </message>
    <message>
        <source>error</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation></translation>
    </message>
    <message>
        <source>pending</source>
        <translation></translation>
    </message>
    <message>
        <source>new</source>
        <translation></translation>
    </message>
    <message>
        <source>complete</source>
        <translation></translation>
    </message>
    <message>
        <source>done</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>declined</source>
        <translation></translation>
    </message>
    <message>
        <source>expired</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Money per day</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: paid %2, refunded %3, paid out %4 %5</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the journal and ask the balance again</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask the &amp;balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation></translation>
    </message>
    <message>
        <source>This week (UTC, since Monday)</source>
        <translation></translation>
    </message>
    <message>
        <source>Waits for you</source>
        <translation></translation>
    </message>
    <message>
        <source>Last %1 days (UTC)</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation></translation>
    </message>
    <message>
        <source>Team activity: the latest payments and payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) wait for your approval</source>
        <translation>
            <numerusform>%n payout waits for your approval</numerusform>
            <numerusform>%n payouts wait for your approval</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 %4, by %5</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending since %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (recorded by %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>No payment or payout in the journal yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The balance is asked with the profile&apos;s secret, which is not loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: asking…</source>
        <translation></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;roduct ID:</source>
        <translation></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Store secret in &amp;keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;: real money moves with this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>Test gateway.</source>
        <translation></translation>
    </message>
    <message>
        <source>(embedded sandbox, started by the console)</source>
        <translation></translation>
    </message>
    <message>
        <source>The sandbox secret is generated at each start and never stored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>A profile needs a name (not &quot;%1&quot;) and an http or https base URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove profile %1? Its secret stays in the keychain until you delete it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Keep the secret in memory for this session only? It will be forgotten when the console closes; nothing is written to disk.</source>
        <translation></translation>
    </message>
    <message>
        <source>Secret kept in memory for this session only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch to profile %1 first, then store the secret for the session.</source>
        <translation></translation>
    </message>
    <message>
        <source>Secret deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation></translation>
    </message>
    <message>
        <source>Test</source>
        <translation></translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation></translation>
    </message>
    <message>
        <source>http(s) address of the gateway</source>
        <translation></translation>
    </message>
    <message>
        <source>type a new secret; Save stores it in the keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove pr&amp;ofile</source>
        <translation></translation>
    </message>
    <message>
        <source>This is the production gateway&apos;s address: choose the Production environment to save it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is the production gateway. Choose the Production environment for this profile, or another address.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Journal URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal URL</source>
        <translation></translation>
    </message>
    <message>
        <source>empty: the journal of Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>sqlite:///path/file.db, a path, or postgresql://user@host:port/db for a team&apos;s shared journal.</source>
        <translation></translation>
    </message>
    <message>
        <source>New journal password</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL only; Save stores it in the keychain (else ~/.pgpass)</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal URL: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal password is stored in the keychain.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Merchant Console</source>
        <translation></translation>
    </message>
    <message>
        <source>Desktop console for the Client Payment API.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the console in LANG (en or ru) this time, whatever the settings say.</source>
        <translation></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation></translation>
    </message>
    <message>
        <source>Build and show the main window, wait for its first paint, print the time it took, and exit 0.</source>
        <translation></translation>
    </message>
    <message>
        <source>no paint within 30 s</source>
        <translation></translation>
    </message>
    <message>
        <source>The embedded sandbox gateway could not listen on a loopback port.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconChart</name>
    <message>
        <source>Totals per day</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2: payments %3, refunds %4, payouts %5</source>
        <translation></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation></translation>
    </message>
    <message>
        <source>No money moved in this period, or no run yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconDate</name>
    <message>
        <source>&apos;%1&apos; is not a date: give YYYY-MM-DD, e.g. 2026-12-06</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range (years 2000 to 2999)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconFindingModel</name>
    <message>
        <source>Disagreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal says</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway says</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconKind</name>
    <message>
        <source>Unknown outcome settled</source>
        <translation></translation>
    </message>
    <message>
        <source>Money moved unexpectedly</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook without entry</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunded more than paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook fails verification</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicting webhook resend</source>
        <translation></translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal did not know what came of it; the gateway does now, and the journal entry was settled with its answer.</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal says it failed or was refused, but the gateway or a webhook says it completed: money moved that we think did not.</source>
        <translation></translation>
    </message>
    <message>
        <source>A webhook for an order that the journal never sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount journalled differs from the amount of its webhook.</source>
        <translation></translation>
    </message>
    <message>
        <source>The currency journalled differs from the currency of its webhook.</source>
        <translation></translation>
    </message>
    <message>
        <source>The refunds of this payment add up to more than the payment.</source>
        <translation></translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not verify with the profile&apos;s secret: do not trust its content.</source>
        <translation></translation>
    </message>
    <message>
        <source>A webhook was sent again with the same webhook_id but different fields.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gateway gave no definite answer to the status check; run again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout without approval</source>
        <translation></translation>
    </message>
    <message>
        <source>Over the daily limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Contradicting outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>A payout above the team&apos;s approval limit was sent without another operator&apos;s approval: it went around the journal&apos;s rules.</source>
        <translation></translation>
    </message>
    <message>
        <source>An operator&apos;s payouts of the day (UTC) add up to more than the daily limit: a payout went around the journal&apos;s rules.</source>
        <translation></translation>
    </message>
    <message>
        <source>A final outcome was followed by one that says otherwise: both are kept, the first stays the entry&apos;s. Check who wrote the second, and the gateway.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconPdfReport</name>
    <message>
        <source>Reconciliation report</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal, the gateway and the webhooks agree.</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Count</source>
        <translation></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal says</source>
        <translation></translation>
    </message>
    <message>
        <source>Gateway says</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconWebhookFile</name>
    <message>
        <source>%1: is a directory, not a file of webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; split it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no webhook in it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles the journal with the gateway: asks the status of every payment and withdrawal journalled in the period, matches the webhooks received (journalled, and those of --webhooks files, verified with the secret), and names each disagreement. An outcome unknown that the gateway now knows is settled in the journal. Exit 0 when all agree, 1 on a disagreement, 2 to 5 on errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD, UTC (default: --until or today).</source>
        <translation></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day, included, YYYY-MM-DD, UTC (default: today).</source>
        <translation></translation>
    </message>
    <message>
        <source>A file of webhooks from a log (form bodies, JSON, Python dicts, key: value blocks); repeat it, or name more files after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>The path of the URL the webhooks were sent to, which their signature covers (default /webhooks).</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>Status calls at a time (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>One JSON object a line, one line per disagreement.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bound on each status call, in seconds (default 30).</source>
        <translation></translation>
    </message>
    <message>
        <source>More webhook files, after --webhooks.</source>
        <translation></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation></translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: %1 reconcile --journal URL [--since DATE] [--until DATE] [--webhooks FILE...] [--jobs N] [--json]</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; webhook files follow --webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation></translation>
    </message>
    <message>
        <source>--jobs wants a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--webhook-path wants a path that starts with /, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--webhooks: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the journal could not record what the gateway settled: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation></translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation></translation>
    </message>
    <message>
        <source>CUR</source>
        <translation></translation>
    </message>
    <message>
        <source>JOURNAL</source>
        <translation></translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2: %3 payments and withdrawals asked, %4 webhooks matched, %5 disagreements, %6 unknown outcomes settled.</source>
        <translation></translation>
    </message>
    <message>
        <source>journal broken at entry %1: %2; what follows is read from a journal that was changed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>rate limits: status calls asked again %n time(s) after the gateway&apos;s Retry-After</source>
        <translation>
            <numerusform>rate limits: status calls asked again %n time after the gateway&apos;s Retry-After</numerusform>
            <numerusform>rate limits: status calls asked again %n times after the gateway&apos;s Retry-After</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merchant %1: %n entry(s) checked, whatever wrote them;</source>
        <translation>
            <numerusform>Merchant %1: %n entry checked, whatever wrote it;</numerusform>
            <numerusform>Merchant %1: %n entries checked, whatever wrote them;</numerusform>
        </translation>
    </message>
    <message>
        <source>(any)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of other merchants or gateways left out.</source>
        <translation>
            <numerusform>%n entry of other merchants or gateways left out.</numerusform>
            <numerusform>%n entries of other merchants or gateways left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) the gateway settled left as they are: %1</source>
        <translation>
            <numerusform>%n unknown outcome the gateway settled left as it is: %1</numerusform>
            <numerusform>%n unknown outcomes the gateway settled left as they are: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the --profile&apos;s, else the console&apos;s own file).</source>
        <translation></translation>
    </message>
    <message>
        <source>A console profile: the entries of its merchant on its gateway, whatever wrote them (as the console&apos;s Reconciliation page), its base URL, timeout and journal, and its secret from the OS keychain.</source>
        <translation>A console profile: the entries of its merchant on its gateway, whatever wrote them (as the console&apos;s Reconciliation page), its base URL, timeout and journal, and its secret from the OS keychain.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>the gateway&apos;s status &apos;%1&apos; is not one this program knows</source>
        <translation></translation>
    </message>
    <message>
        <source>settled as %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the gateway&apos;s status says complete</source>
        <translation></translation>
    </message>
    <message>
        <source>webhook_id %1 was seen before with other fields</source>
        <translation></translation>
    </message>
    <message>
        <source>no %1 of order %2 in the journal</source>
        <translation></translation>
    </message>
    <message>
        <source>journal %1, webhook %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the webhook says complete</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) total %1 of a payment of %2: %3 more than was paid</source>
        <translation>
            <numerusform>%n refund totals %1 of a payment of %2: %3 more than was paid</numerusform>
            <numerusform>%n refunds total %1 of a payment of %2: %3 more than was paid</numerusform>
        </translation>
    </message>
    <message>
        <source>entry changed after it was written</source>
        <translation></translation>
    </message>
    <message>
        <source>entry changed after it was written; %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>No webhook files: the journalled webhooks only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook p&amp;ath:</source>
        <translation></translation>
    </message>
    <message>
        <source>The path of the URL the webhooks were sent to: their signature covers it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Webhook files…</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhooks pasted from a log, matched along with those the listener journalled and verified with the profile&apos;s secret.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Run reconciliation</source>
        <translation></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show in journal</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Count</source>
        <translation></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation></translation>
    </message>
    <message>
        <source>Asks the gateway about every payment and withdrawal of the period and matches the webhooks.</source>
        <translation></translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The webhook path starts with /, e.g. /webhooks.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile&apos;s secret is not available: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal is not open: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation></translation>
    </message>
    <message>
        <source>Asked the gateway about %1 of %2 entries…</source>
        <translation></translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation></translation>
    </message>
    <message>
        <source>Canceled; nothing was settled in the journal.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 payments and withdrawals asked, %2 webhooks matched.</source>
        <translation></translation>
    </message>
    <message>
        <source>All agree: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s): %1</source>
        <translation>
            <numerusform>%n disagreement: %1</numerusform>
            <numerusform>%n disagreements: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) settled in the journal.</source>
        <translation>
            <numerusform>%n unknown outcome settled in the journal.</numerusform>
            <numerusform>%n unknown outcomes settled in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status check(s) failed; run again later.</source>
        <translation>
            <numerusform>%n status check failed; run again later.</numerusform>
            <numerusform>%n status checks failed; run again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>All agree</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook files</source>
        <translation></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of other merchants or gateways left out.</source>
        <translation>
            <numerusform>%n entry of other merchants or gateways left out.</numerusform>
            <numerusform>%n entries of other merchants or gateways left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: %2. What follows is read from a journal that was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls at a t&amp;ime:</source>
        <translation></translation>
    </message>
    <message>
        <source>How many status checks are asked of the gateway at once, each over a connection of its own (as merchant-cli reconcile --jobs).</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n unknown outcome(s) the gateway settled left as they are: %1</source>
        <translation>
            <numerusform>%n unknown outcome the gateway settled left as it is: %1</numerusform>
            <numerusform>%n unknown outcomes the gateway settled left as they are: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundPlan</name>
    <message>
        <source>Not the card payment %1 was paid with (%2). A refund goes back to that card: the first 6 and last 4 digits must match.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount to refund</source>
        <translation></translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of payment %2: paid %3 %4, refunded or in progress %5, %6 left</source>
        <translation></translation>
    </message>
    <message>
        <source> (of the refunded, %1 waits for another operator&apos;s approval)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResponseField</name>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation></translation>
    </message>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation></translation>
    </message>
    <message>
        <source>Form data</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Payout amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Response details</source>
        <translation></translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation></translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fill in the form and press the send button (Ctrl+Enter). The answer shows here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>More</source>
        <translation></translation>
    </message>
    <message>
        <source>Empty fields, keys the console does not know, the raw answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Raw response:</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the whole raw response</source>
        <translation></translation>
    </message>
    <message>
        <source>Earlier result, from %1: the form has changed since.</source>
        <translation></translation>
    </message>
    <message>
        <source>Earlier result, for order %1 at %2 — not the order now in the form.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawal ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Refund of payment %1</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the whole link</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Journal operator and roles</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal&apos;s database role and the roles it holds</source>
        <translation></translation>
    </message>
    <message>
        <source>A SQLite journal is one person&apos;s, with every role</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Sandbox::PaymentPage</name>
    <message>
        <source>Sandbox gateway: no real money moves here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Card</source>
        <translation></translation>
    </message>
    <message>
        <source>3-D Secure check</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay for your order</source>
        <translation></translation>
    </message>
    <message>
        <source>Your bank asks you to confirm this payment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment complete</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Return to the shop</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment not found</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no payment with this number.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxGateway</name>
    <message>
        <source>The merchant_id %1 is not known.</source>
        <translation></translation>
    </message>
    <message>
        <source>The product_id %1 is not known.</source>
        <translation></translation>
    </message>
    <message>
        <source>The field %1 is invalid: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>A payment with the order %1 already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no payment with this order.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no payment with the order %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A withdrawal with the order %1 already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The balance of %1 %2 does not cover %3 %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Either id or order is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no such withdrawal request.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation></translation>
    </message>
    <message>
        <source>This endpoint does not take this method.</source>
        <translation></translation>
    </message>
    <message>
        <source>3-D Secure authentication failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The payer declined the payment</source>
        <translation></translation>
    </message>
    <message>
        <source>The payment link has expired</source>
        <translation></translation>
    </message>
    <message>
        <source>Internal error (sandbox fault).</source>
        <translation></translation>
    </message>
    <message>
        <source>A reply without status (sandbox fault).</source>
        <translation></translation>
    </message>
    <message>
        <source>The card was declined: %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many requests (sandbox rate limit).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxRequest</name>
    <message>
        <source>The parameters are not valid form encoding (a broken %-escape).</source>
        <translation></translation>
    </message>
    <message>
        <source>A parameter is not valid UTF-8.</source>
        <translation></translation>
    </message>
    <message>
        <source>The parameter %1 is given more than once.</source>
        <translation></translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The field %1 is invalid: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The request carries no signature.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signature does not match the request&apos;s parameters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Sandbox::TestCards</name>
    <message>
        <source>Do not honor</source>
        <translation></translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired card</source>
        <translation></translation>
    </message>
    <message>
        <source>Processing error at the issuer</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Stores or deletes a profile&apos;s secret in the OS keychain (%1), the entry the console uses too. &apos;set&apos; reads the secret from standard input and creates the profile if it does not exist yet; the secret is never taken from the command line.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>For a new profile: the gateway base URL (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>For a new profile: its merchant_id.</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>For a new profile: its default product_id.</source>
        <translation></translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation></translation>
    </message>
    <message>
        <source>set|delete</source>
        <translation></translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>say &apos;set&apos; or &apos;delete&apos;; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 profile makes a new secret at each start; it has no keychain entry</source>
        <translation></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot delete the secret of profile &apos;%1&apos;: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; exists with other settings; change them in the console</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable http(s) base URL</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot store the secret of profile &apos;%1&apos;: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the secret is stored, but the profile &apos;%1&apos; could not be saved</source>
        <translation></translation>
    </message>
    <message>
        <source>the secret is never taken from the command line, where other users could see it: pipe it to standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>action</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>cannot read the secret file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>no secret: use --secret-file FILE, set CLIENT_PAYMENT_SECRET, or --profile NAME with a secret in the keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;; create it with: merchant-cli secret set --profile %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 profile&apos;s secret exists only inside a running console; use --secret-file FILE with payment-sandbox</source>
        <translation></translation>
    </message>
    <message>
        <source>the keychain entry of profile &apos;%1&apos; is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in %2; store one with: merchant-cli secret set --profile %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the secret of profile &apos;%1&apos;: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation></translation>
    </message>
    <message>
        <source>secret stored in the keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>secret not set</source>
        <translation></translation>
    </message>
    <message>
        <source>no keychain: %1 is not reachable</source>
        <translation></translation>
    </message>
    <message>
        <source>the keychain (%1) did not answer in time</source>
        <translation></translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>this computer&apos;s own file</source>
        <translation></translation>
    </message>
    <message>
        <source>sqlite:///path/file.db, a path, or postgresql://user@host:port/db for a team&apos;s shared journal. The password comes from ~/.pgpass, never from here.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation></translation>
    </message>
    <message>
        <source>The console shows the chosen language and opens the chosen journal the next time it starts. merchant-cli and payment-sandbox follow the system language (LANG).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettleCommand</name>
    <message>
        <source>%1 %2 (entry %3): %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Follows up the payments and payouts whose outcome is not final (pending, payout pending, in flight, unknown) with status checks, 2, 4, 8... seconds apart, until each is final, its lifetime ends, or --wait seconds have passed, and settles each answer in the journal. Never sends a payment or a payout. Exit 0 when none is left not final, 1 when some are, 2 on errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>The journal: sqlite:///path/file.db, a path, or postgresql://user@host:port/db (default: the --profile&apos;s, else the console&apos;s own file).</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>A console profile: its entries only, its base URL, timeout and merchant, and its secret from the OS keychain. Without it, the entries journalled without a profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The merchant whose entries are followed (default: the profile&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation></translation>
    </message>
    <message>
        <source>; see --help</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--wait wants a whole number of seconds from 1 to %1, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>give --merchant-id (or a --profile that names one)</source>
        <translation></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>still not final: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <source>the secret is never taken from the command line, where other users could see it: use --secret-file FILE or CLIENT_PAYMENT_SECRET</source>
        <translation></translation>
    </message>
    <message>
        <source>File holding the secret (else CLIENT_PAYMENT_SECRET, else the profile&apos;s keychain entry).</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>A console profile whose keychain entry holds the secret.</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verifies the signatures of webhooks pasted from logs: form-encoded bodies, JSON objects or Python dicts (one per line), or blocks of key: value lines.</source>
        <translation></translation>
    </message>
    <message>
        <source>Path of the URL that received the webhooks, e.g. /webhooks.</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation></translation>
    </message>
    <message>
        <source>Print one JSON object per webhook.</source>
        <translation></translation>
    </message>
    <message>
        <source>Input file; &apos;-&apos; or none: stdin.</source>
        <translation></translation>
    </message>
    <message>
        <source>verify takes at most one input file</source>
        <translation></translation>
    </message>
    <message>
        <source>--endpoint PATH is required (the path that received the webhooks)</source>
        <translation></translation>
    </message>
    <message>
        <source>valid</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no webhooks in the input</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read as webhooks</source>
        <translation>
            <numerusform>%n entry could not be read as a webhook</numerusform>
            <numerusform>%n entries could not be read as webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>diagnosis:</source>
        <translation></translation>
    </message>
    <message>
        <source>no likely cause found</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookDiagnoser</name>
    <message>
        <source>leading and trailing</source>
        <translation></translation>
    </message>
    <message>
        <source>leading</source>
        <translation></translation>
    </message>
    <message>
        <source>trailing</source>
        <translation></translation>
    </message>
    <message>
        <source>if the %1 space in %2 is removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the %1 spaces in %2 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the %1 line break in %2 is removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the %1 line breaks in %2 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the %1 whitespace in %2 is removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the blanks around the field name %1 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the line breaks in %1 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the line breaks and the blanks around %1 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the line breaks in %1 were spaces</source>
        <translation></translation>
    </message>
    <message>
        <source>if the carriage returns in %1 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the blanks and line breaks in %1 are removed</source>
        <translation></translation>
    </message>
    <message>
        <source>if the empty field %1 is added back</source>
        <translation></translation>
    </message>
    <message>
        <source>if the empty fields %1 are added back</source>
        <translation></translation>
    </message>
    <message>
        <source>if the null field %1 were an empty string</source>
        <translation></translation>
    </message>
    <message>
        <source>if %1 were decoded once more (it arrived still encoded)</source>
        <translation></translation>
    </message>
    <message>
        <source>if the `+` in %1 were spaces (a form value read without decoding `+`)</source>
        <translation></translation>
    </message>
    <message>
        <source>if the spaces in %1 were `+` (decoded once too often)</source>
        <translation></translation>
    </message>
    <message>
        <source>if the spaces in %1 were `%20` (decoded once too often)</source>
        <translation></translation>
    </message>
    <message>
        <source>if %1 were %-encoded as sent (decoded once too often)</source>
        <translation></translation>
    </message>
    <message>
        <source>if %1 were decoded once more (the body arrived still encoded)</source>
        <translation></translation>
    </message>
    <message>
        <source>if the path were `%1`</source>
        <translation></translation>
    </message>
    <message>
        <source>if the method were %1</source>
        <translation></translation>
    </message>
    <message>
        <source>with profile %1&apos;s secret</source>
        <translation></translation>
    </message>
    <message>
        <source>if the blank after the colon of %1 is part of its value</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookEvidence</name>
    <message>
        <source>resend: the same webhook_id was seen before with the same content</source>
        <translation></translation>
    </message>
    <message>
        <source>CONFLICT: the same webhook_id was seen before with DIFFERENT content. Treat this webhook as suspicious.</source>
        <translation></translation>
    </message>
    <message>
        <source>no webhook_id: resends cannot be told apart</source>
        <translation></translation>
    </message>
    <message>
        <source>first time this webhook_id is seen</source>
        <translation></translation>
    </message>
    <message>
        <source>received from %1 at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>pasted at %1, line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked as %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagnosis (a hint, never a verdict)</source>
        <translation></translation>
    </message>
    <message>
        <source>Trying the likely causes…</source>
        <translation></translation>
    </message>
    <message>
        <source>No tried cause explains the mismatch: other paths, the other method, copy-paste whitespace, a lost empty field, decoding, other profiles&apos; secrets.</source>
        <translation></translation>
    </message>
    <message>
        <source>The webhook stays invalid as received.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation></translation>
    </message>
    <message>
        <source>Canonical string</source>
        <translation></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation></translation>
    </message>
    <message>
        <source>(no secret to compute it)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation></translation>
    </message>
    <message>
        <source>differs (not shown: it would sign fields that failed the check)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1… differs (shown in part: in full it would sign fields that failed the check)</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook verification report</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>Report made</source>
        <translation></translation>
    </message>
    <message>
        <source>Console version</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid means the signature matches these exact fields, path and method under the profile&apos;s secret. The secret is not part of this report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merchant Console %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked as %1 %2 with the secret of: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookHint</name>
    <message>
        <source>%1, and %2</source>
        <comment>joins two conditions of a diagnosis</comment>
        <translation></translation>
    </message>
    <message>
        <source>valid %1</source>
        <comment>a diagnosis: valid &lt;conditions&gt;</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookHistory</name>
    <message>
        <source>new</source>
        <translation></translation>
    </message>
    <message>
        <source>resend</source>
        <translation></translation>
    </message>
    <message>
        <source>CONFLICT: same webhook_id, different content</source>
        <translation></translation>
    </message>
    <message>
        <source>no webhook_id</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookListenerHandler</name>
    <message>
        <source>The body is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>A form-encoded body has a raw line break.</source>
        <translation></translation>
    </message>
    <message>
        <source>The body is not one webhook.</source>
        <translation></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>The body is not form-encoded.</source>
        <translation></translation>
    </message>
    <message>
        <source>This listener takes webhooks at %1 only.</source>
        <translation></translation>
    </message>
    <message>
        <source>This listener takes webhooks by %1 only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>unterminated string (unbalanced quotes) starting at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>lone surrogate escape at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid \U escape at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>broken escape &apos;\%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid number at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; at column %2 has no &apos;=&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>broken %-escape in field name &apos;%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>broken %-escape in field &apos;%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>empty field name at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; does not decode to UTF-8 text</source>
        <translation></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; appears twice</source>
        <translation></translation>
    </message>
    <message>
        <source>unterminated object: missing &apos;}&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a quoted key at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after key &apos;%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a nested object or list, which a webhook cannot carry</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a quoted amount in Decimal() at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected value for field &apos;%1&apos; at column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>empty field name</source>
        <translation></translation>
    </message>
    <message>
        <source>NUL byte at column %1: binary data, not a webhook</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid UTF-8 at column %1: binary data, not a webhook</source>
        <translation></translation>
    </message>
    <message>
        <source>not a webhook: expected a form-encoded body, a JSON object, a Python dict or key: value lines</source>
        <translation></translation>
    </message>
    <message>
        <source>no fields: a webhook carries at least a signature</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookPasteEdit</name>
    <message>
        <source>Paste webhooks here: form bodies (a=1&amp;b=2), JSON objects or Python dicts one per line, or blocks of key: value lines separated by a blank line. Many at once are fine.</source>
        <translation></translation>
    </message>
    <message>
        <source>The clipboard holds no text (%1): nothing was pasted.</source>
        <translation></translation>
    </message>
    <message>
        <source>empty</source>
        <translation></translation>
    </message>
    <message>
        <source>The paste is too large (%1, at most %2): nothing was pasted.</source>
        <translation></translation>
    </message>
    <message>
        <source>A paste of %1 (%2 lines) is held aside to keep the window responsive; the first lines are shown, and Verify checks all of it.</source>
        <translation></translation>
    </message>
    <message>
        <source>It holds binary data (control characters): lines that are not webhooks are listed as unreadable.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookRecord</name>
    <message>
        <source>unreadable</source>
        <translation></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation></translation>
    </message>
    <message>
        <source>valid</source>
        <translation></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>resend</source>
        <translation></translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation></translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>pasted, line %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, checked with the secret of: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>The signature is valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The webhook carries no signature.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signature is malformed: it must be 43 characters of base64url.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signature does not match the fields: wrong secret, path or method, or the webhook was altered.</source>
        <translation></translation>
    </message>
    <message>
        <source>No secret to verify the signature with.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint path</source>
        <translation></translation>
    </message>
    <message>
        <source>The path the webhooks were sent to: it is part of what is signed.</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation></translation>
    </message>
    <message>
        <source>One-off secret</source>
        <translation></translation>
    </message>
    <message>
        <source>used once, never stored</source>
        <translation></translation>
    </message>
    <message>
        <source>Checks the next paste with this secret instead of the profile&apos;s. It is cleared once the check starts and is never saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pasted webhooks</source>
        <translation></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation></translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook verdicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhook details</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a webhook to see its fields, canonical string, signatures and, when it failed, what would explain it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;JSON lines…</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected webhooks (all when none is selected).</source>
        <translation></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation></translation>
    </message>
    <message>
        <source>A verification report of the current webhook, without the secret.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export webhooks as JSON lines</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export webhooks as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Webhooks are checked with the secret of profile %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the secret of profile %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile %1 has no secret available (%2): type a one-off secret, or webhooks are only read, not checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to check: paste webhooks first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation></translation>
    </message>
    <message>
        <source>Canceled: the rest of the paste was not checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 webhooks: %2 valid, %3 invalid, %4 unreadable, %5 not checked.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n CONFLICT(s): the same webhook_id with different content!</source>
        <translation>
            <numerusform>%n CONFLICT: the same webhook_id with different content!</numerusform>
            <numerusform>%n CONFLICTS: the same webhook_id with different content!</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (checked with a one-off secret)</source>
        <translation></translation>
    </message>
    <message>
        <source>Select the webhook to report on first.</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no webhooks to export yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>One-off secre&amp;t:</source>
        <translation></translation>
    </message>
    <message>
        <source>Live listener</source>
        <translation></translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation></translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation></translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Copies the listener&apos;s URL, to paste as the notification_url of a payment or withdrawal.</source>
        <translation></translation>
    </message>
    <message>
        <source>(URL copied)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is reachable from the network: tick “Allow a non-loopback address” to listen there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation></translation>
    </message>
    <message>
        <source>Listening on %1 lets other machines send webhooks to this console. Only do this on a network you trust. Listen there?</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not listen: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation></translation>
    </message>
    <message>
        <source>Not listening. Webhooks sent to the listener appear in the table as they arrive, and go into the journal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Listening on %1 — use it as the notification_url of a payment or withdrawal; each webhook is answered 200 when valid, 400 when not.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: reachable from the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint p&amp;ath:</source>
        <translation></translation>
    </message>
    <message>
        <source>Paste &amp;webhooks:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Clear paste</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear res&amp;ults</source>
        <translation></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation></translation>
    </message>
    <message>
        <source>Allow a non-loopback address (reachable from the networ&amp;k)</source>
        <translation></translation>
    </message>
    <message>
        <source>one-off secret</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) of this paste were already checked with the same secret: their rows are above, not added again.</source>
        <translation>
            <numerusform>%n webhook of this paste was already checked with the same secret: its row is above, not added again.</numerusform>
            <numerusform>%n webhooks of this paste were already checked with the same secret: their rows are above, not added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;port as HTML…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>payment-sandbox</name>
    <message>
        <source>A Client Payment gateway simulator on loopback. See docs/SANDBOX.md.</source>
        <translation></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one.</source>
        <translation></translation>
    </message>
    <message>
        <source>File holding the merchant secret (else CLIENT_PAYMENT_SECRET).</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening balance in RUB (default 100000.00).</source>
        <translation></translation>
    </message>
    <message>
        <source>Milliseconds before a withdrawal settles (default 2000).</source>
        <translation></translation>
    </message>
    <message>
        <source>Milliseconds the fault-slow answer waits (default 5000).</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>--merchant-id is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>--balance takes a decimal amount with at most 2 fraction digits</source>
        <translation></translation>
    </message>
    <message>
        <source>--withdrawal-delay takes milliseconds</source>
        <translation></translation>
    </message>
    <message>
        <source>--slow-delay takes milliseconds</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no secret: use --secret-file F or set CLIENT_PAYMENT_SECRET</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Know only these merchant ids, comma-separated (default: any merchant id).</source>
        <translation></translation>
    </message>
    <message>
        <source>Know only these product ids, comma-separated (default: any product id).</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer with keys beyond the documented ones (invoice_id, the echoed amount...), as older sandboxes did.</source>
        <translation></translation>
    </message>
    <message>
        <source>--product-id is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Milliseconds a request may take to arrive, from its first byte (default 10000); then 408 and the connection closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connections at once (default 256); at the limit the one idle the longest, else the slowest, is closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>--request-timeout takes milliseconds</source>
        <translation></translation>
    </message>
    <message>
        <source>--max-connections takes a number above 0</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer every Nth GET with 429 Too Many Requests and Retry-After (default 0: never); POSTs are never answered so.</source>
        <translation></translation>
    </message>
    <message>
        <source>Seconds the rate limit&apos;s Retry-After asks for (default 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>--rate-limit takes a number, 0 or above</source>
        <translation></translation>
    </message>
    <message>
        <source>--retry-after takes 0 to 86400 seconds</source>
        <translation></translation>
    </message>
</context>
</TS>
