#include "lessonframe.h"

#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/tr.h"

#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace widgets {

namespace {

enum Tab { ExplanationTab, DemoTab, TryThisTab };

} // namespace

LessonFrame::LessonFrame(const QString &lessonId, QWidget *demoPage, CodeView *code,
                         QWidget *parent)
    : QWidget(parent), m_lessonId(lessonId), m_tabs(new QTabWidget(this)),
      m_explanation(new QTextBrowser(m_tabs)), m_tryThis(new QTextBrowser(m_tabs)),
      m_demo(demoPage), m_code(code)
{
    // No frame around the pages: on a projector it is noise, and at 1920x1080 it cost ~4 ms a
    // frame to draw.
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_explanation, QString());
    m_tabs->addTab(m_demo, QString());
    m_tabs->addTab(m_tryThis, QString());
    m_tabs->setCurrentIndex(DemoTab);
    // Demo and Code share a tab; either a tab or a listing switch moves the slide.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit slideChanged(currentSlide()); });
    connect(m_code, &CodeView::currentListingChanged, this,
            [this] { emit slideChanged(currentSlide()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
    loadPages();
}

QStringList LessonFrame::slides() const
{
    return {Tr::tr("Explanation"), Tr::tr("Demo"), Tr::tr("Code"), Tr::tr("Try this")};
}

void LessonFrame::showSlide(int index)
{
    switch (index) {
    case ExplanationSlide:
        m_tabs->setCurrentIndex(ExplanationTab);
        break;
    case DemoSlide:
        m_tabs->setCurrentIndex(DemoTab);
        m_code->setCurrentListing(0);
        break;
    case CodeSlide:
        m_tabs->setCurrentIndex(DemoTab);
        m_code->setCurrentListing(1);
        break;
    case TryThisSlide:
        m_tabs->setCurrentIndex(TryThisTab);
        break;
    default:
        break;
    }
}

int LessonFrame::currentSlide() const
{
    switch (m_tabs->currentIndex()) {
    case ExplanationTab:
        return ExplanationSlide;
    case TryThisTab:
        return TryThisSlide;
    default:
        return m_code->currentListing() == 1 ? CodeSlide : DemoSlide;
    }
}

QString LessonFrame::presenterNotes(int index) const
{
    return Content::notes(m_lessonId, index);
}

void LessonFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadPages();
    }
    QWidget::changeEvent(event);
}

void LessonFrame::retranslate()
{
    m_tabs->setTabText(ExplanationTab, Tr::tr("Explanation"));
    m_tabs->setTabText(DemoTab, Tr::tr("Demo"));
    m_tabs->setTabText(TryThisTab, Tr::tr("Try this"));
    m_tabs->setAccessibleName(Tr::tr("Lesson pages"));
    m_explanation->setAccessibleName(Tr::tr("Explanation"));
    m_tryThis->setAccessibleName(Tr::tr("Try this"));
}

void LessonFrame::loadPages()
{
    m_explanation->setMarkdown(Content::page(m_lessonId, QStringLiteral("explanation")));
    m_tryThis->setMarkdown(Content::page(m_lessonId, QStringLiteral("trythis")));
}

} // namespace widgets
