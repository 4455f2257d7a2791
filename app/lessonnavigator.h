#pragma once

#include "widgets/lessonregistry.h"

#include <QListWidget>

namespace app {

class NavigatorDelegate;

/// The list of all eight lessons in course order, each with its number and translated title, and
/// a "coming" badge on the lessons whose demo is not built yet.
class LessonNavigator : public QListWidget
{
    Q_OBJECT
public:
    /// Lists the lessons of @p registry; those without a demo get the "coming" badge.
    explicit LessonNavigator(const widgets::LessonRegistry &registry, QWidget *parent = nullptr);

    /// Id of the selected lesson (empty if none).
    QString currentLessonId() const;
    /// Selects lesson @p id; returns false for an unknown id.
    bool setCurrentLesson(const QString &id);
    /// Id of the lesson in row @p row.
    QString lessonIdAt(int row) const;
    /// Wide enough for the longest title or badge, so nothing is cut off.
    QSize sizeHint() const override;
    /// Width the full list (numbers and titles) needs, whatever the mode now.
    int fullWidth() const;
    /// Compact ("rail") mode shows only lesson numbers; titles become tooltips.
    void setCompact(bool compact);
    /// Whether only numbers are shown.
    bool isCompact() const;

signals:
    /// The selection moved to lesson @p id (by click, keyboard or setCurrentLesson()).
    void lessonSelected(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int widthFor(bool compact) const;

    widgets::LessonRegistry m_registry;
    NavigatorDelegate *m_delegate = nullptr;
};

} // namespace app
