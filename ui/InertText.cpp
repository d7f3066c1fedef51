#include "InertText.h"

#include <QTextDocument>

QString InertText::autoText(const QString &plain)
{
    return Qt::mightBeRichText(plain) ? Qt::convertFromPlainText(plain, Qt::WhiteSpaceNormal)
                                      : plain;
}
