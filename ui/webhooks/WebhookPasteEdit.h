#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

/// The paste area of the Webhooks page. A small paste goes into the editor as usual. A large
/// one (over InlineLimit) or one holding binary data is kept aside as bytes instead, with only
/// its first lines shown, because laying out megabytes of text would freeze the window; it is
/// still checked in full. A paste that holds no text, or more than MaxPaste, is refused with a
/// reason (pasteRefused) and the area keeps what it had.
class WebhookPasteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr qsizetype InlineLimit = 1024 * 1024;
    static constexpr qsizetype MaxPaste = 512 * 1024 * 1024;
    /// Lines of a held paste shown in the editor.
    static constexpr int PreviewLines = 200;

    explicit WebhookPasteEdit(QWidget *parent = nullptr);

    /// Everything to check, as UTF-8: the held paste, else the editor's text.
    QByteArray content() const;
    /// Whether a paste is held aside (the editor is then a read-only preview).
    bool isHeld() const { return !m_held.isEmpty(); }
    qsizetype heldSize() const { return m_held.size(); }
    /// Sets the content as if pasted (the same rules apply).
    void setContent(const QString &text);
    /// Empties the area, held paste included.
    void clearAll();

signals:
    /// A paste was refused; `reason` says why. Nothing was changed.
    void pasteRefused(const QString &reason);
    /// A paste was held aside (or released); `note` describes it for people.
    void heldChanged(const QString &note);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void hold(const QString &text, bool binary);

    QByteArray m_held;
};
