#include "WebhookPasteEdit.h"

#include <QLocale>
#include <QMimeData>

namespace {

// Control characters other than tab, CR and LF: a sign of binary data pasted as text.
bool looksBinary(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFD)
            return true;
    }
    return false;
}

} // namespace

WebhookPasteEdit::WebhookPasteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("webhookPaste"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setPlaceholderText(tr("Paste webhooks here: form bodies (a=1&b=2), JSON objects or Python "
                          "dicts one per line, or blocks of key: value lines separated by a "
                          "blank line. Many at once are fine."));
}

QByteArray WebhookPasteEdit::content() const
{
    return isHeld() ? m_held : toPlainText().toUtf8();
}

void WebhookPasteEdit::setContent(const QString &text)
{
    clearAll();
    const bool binary = looksBinary(text);
    if (text.size() > InlineLimit || binary)
        hold(text, binary);
    else
        setPlainText(text);
}

void WebhookPasteEdit::clearAll()
{
    const bool wasHeld = isHeld();
    m_held.clear();
    m_held.squeeze();
    setReadOnly(false);
    clear();
    if (wasHeld)
        emit heldChanged(QString());
}

bool WebhookPasteEdit::canInsertFromMimeData(const QMimeData *source) const
{
    // Accept anything, so that a refused paste can say why instead of doing nothing.
    return source != nullptr;
}

void WebhookPasteEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText()) {
        const QStringList formats = source->formats();
        emit pasteRefused(
            tr("The clipboard holds no text (%1): nothing was pasted.")
                .arg(formats.isEmpty() ? tr("empty") : formats.join(QStringLiteral(", "))));
        return;
    }
    const QString text = source->text();
    if (text.size() > MaxPaste) {
        emit pasteRefused(tr("The paste is too large (%1, at most %2): nothing was pasted.")
                              .arg(QLocale().formattedDataSize(text.size()),
                                   QLocale().formattedDataSize(MaxPaste)));
        return;
    }
    const bool binary = looksBinary(text);
    if (isHeld() || binary || text.size() + document()->characterCount() > InlineLimit) {
        // Keep what was there: the held paste is the old text followed by the new one.
        QString all = isHeld() ? QString::fromUtf8(m_held) : toPlainText();
        if (!all.isEmpty() && !all.endsWith(QLatin1Char('\n')))
            all += QLatin1Char('\n');
        all += text;
        hold(all, binary);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
    // Long lines: show where they start, not where the cursor ended.
    moveCursor(QTextCursor::StartOfLine);
}

void WebhookPasteEdit::hold(const QString &text, bool binary)
{
    m_held = text.toUtf8();
    qsizetype cut = 0;
    for (int i = 0; i < PreviewLines && cut >= 0; ++i)
        cut = text.indexOf(QLatin1Char('\n'), cut + 1);
    QString preview
        = cut < 0 ? text.left(64 * 1024) : text.left(std::min<qsizetype>(cut, 64 * 1024));
    // Control characters would draw as boxes or cut lines: show them as U+FFFD.
    for (QChar &c : preview) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n')
            c = QChar(QChar::ReplacementCharacter);
    }
    setPlainText(preview);
    setReadOnly(true);
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    QString note = tr("A paste of %1 (%2 lines) is held aside to keep the window responsive; "
                      "the first lines are shown, and Verify checks all of it.")
                       .arg(QLocale().formattedDataSize(m_held.size()))
                       .arg(QLocale().toString(lines));
    if (binary)
        note += QLatin1Char(' ')
            + tr("It holds binary data (control characters): lines that are not webhooks are "
                 "listed as unreadable.");
    emit heldChanged(note);
}
