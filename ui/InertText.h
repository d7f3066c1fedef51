#pragma once

#include <QString>

/// Text from outside (the gateway, webhooks, the journal) for places where Qt guesses the text
/// format (Qt::AutoText): a tooltip, or the label of a dialog Qt builds, is rich text whenever
/// Qt::mightBeRichText() says so, so markup from outside would render there (links, images).
/// Labels of our own get Qt::PlainText instead.
class InertText
{
public:
    /// Text that Qt::AutoText shows as `plain` is written: unchanged when Qt would show it as
    /// plain text anyway, else rich text made from escaped pieces.
    static QString autoText(const QString &plain);
};
