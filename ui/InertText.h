#pragma once

#include <QString>

/// Text from outside (the gateway, webhooks, the journal) for places where Qt guesses the text
/// format: a tooltip is rich text whenever Qt::mightBeRichText() says so, so markup from outside
/// would render there (links, images). Labels get Qt::PlainText instead.
class InertText
{
public:
    /// A tooltip that shows `plain` as written: unchanged when Qt would show it as plain text
    /// anyway, else converted to rich text from escaped pieces.
    static QString toolTip(const QString &plain);
};
