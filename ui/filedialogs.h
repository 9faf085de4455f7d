#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace ad::filedialog {

// Every file dialog of the GUI, instead of QFileDialog's static functions: Qt's own dialog with
// an icon provider that knows files by their names only. Qt's default one reads the first bytes
// of every file it lists to guess its type (QMimeDatabase's content match), and opening and
// closing the SQLite database file -- or its -wal and -shm files -- in this process drops all of
// this process's POSIX locks on it: the next other connection (the CLI) believes it is the last
// one, checkpoints and deletes the WAL files under this process's connection, which then misses
// every later change (docs/decisions.md, "File dialogs never read the files they list").
QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                        const QString &filter = {});
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                        const QString &filter = {});

// The dialog those use (not shown): tests open it on a folder and let it list the files.
QFileDialog *create(QWidget *parent, const QString &caption, const QString &dir,
                    const QString &filter);

} // namespace ad::filedialog
