#include "GuiMain.h"

#include <QApplication>
#include <QMainWindow>

int runGui(QApplication& app, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    QMainWindow window;
    window.show();
    return app.exec();
}
