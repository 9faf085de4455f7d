#pragma once

#include <QString>

class QCoreApplication;

namespace ad::i18n {

// Loads the translation for the language chosen in the settings ("ui/language": "de", "en"),
// or AGREEMENTDESK_LANG, or else the system locale; and Qt's own for standard buttons.
// Returns the language used ("en" when no translation applies).
QString install(QCoreApplication &app);
QString configuredLanguage(); // "" = follow the system

} // namespace ad::i18n
