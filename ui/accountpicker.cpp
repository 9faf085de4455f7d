#include "accountpicker.h"

#include "services/accountsearch.h"
#include "services/desk.h"

#include <QCompleter>
#include <QLineEdit>

namespace ad {

AccountPicker::AccountPicker(Desk &service, qint64 iCustomer, QWidget *parent)
    : QComboBox(parent), m_service(service), m_customer(iCustomer)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(32);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Type an extension, a name or an account ID…"));
    load(QString());
    setCurrentIndex(-1);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    // A customer with more accounts than the list holds: ask the database for what is typed.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_truncated)
            return;
        const int cursor = lineEdit()->cursorPosition();
        load(text);
        lineEdit()->setText(text);
        lineEdit()->setCursorPosition(cursor);
        completer()->setCompletionPrefix(text);
        completer()->complete();
    });
}

void AccountPicker::load(const QString &text)
{
    QList<AccountInfo> accounts;
    const Status st =
        AccountSearch(m_service.database()).openAccounts(m_customer, text, kLimit, &accounts);
    m_problem = st.ok() ? QString() : st.message();
    m_truncated = m_truncated || accounts.size() >= kLimit;
    const QSignalBlocker block(this);
    clear();
    for (const AccountInfo &a : accounts) {
        QString label = a.id;
        const QString what = a.number.isEmpty() ? a.name : (a.number + QLatin1Char(' ') + a.name);
        if (!what.trimmed().isEmpty())
            label += QStringLiteral(" — ") + what.trimmed();
        addItem(label, a.id);
    }
}

QString AccountPicker::accountId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (const int i = findText(text, Qt::MatchFixedString); i >= 0)
        return itemData(i).toString();
    if (const int i = findData(text); i >= 0)
        return itemData(i).toString();
    // Typed without picking: the one entry that contains it ("4665" is ph46170x4665's number).
    QString only;
    for (int i = 0; i < count(); ++i)
        if (itemText(i).contains(text, Qt::CaseInsensitive)) {
            if (!only.isEmpty())
                return text.section(QLatin1Char(' '), 0, 0); // several: the service says which
            only = itemData(i).toString();
        }
    return only.isEmpty() ? text.section(QLatin1Char(' '), 0, 0) : only;
}

} // namespace ad
