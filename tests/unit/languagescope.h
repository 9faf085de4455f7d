#pragma once

// The program's translations in a language for as long as a LanguageScope lives
// (AGREEMENTDESK_LANG), for the widget tests that look at the German window.
#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ad::test {

class LanguageScope {
public:
    explicit LanguageScope(const QString &language)
    {
        qputenv("AGREEMENTDESK_LANG", language.toLatin1());
        m_installed = ad::i18n::install(*QCoreApplication::instance());
    }
    ~LanguageScope()
    {
        qunsetenv("AGREEMENTDESK_LANG");
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::system());
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
    QString installed() const { return m_installed; }

private:
    QString m_installed;
};

} // namespace ad::test
