#include "crawlercontrols.h"

#include "crawler/tr.h"
#include "widgets/flowlayout.h"
#include "widgets/schedulercontrols.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <cmath>

namespace crawler {

namespace {

QSpinBox *spin(QWidget *parent, int lo, int hi, int step = 1)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    return s;
}

/// What the URL field shows before anything is typed: the shape a template must have.
QString exampleTemplate()
{
    return QStringLiteral("http://example.com/list?page={page}");
}

} // namespace

CrawlerControls::CrawlerControls(widgets::RunDriver *driver, const CrawlOptions &options,
                                 QWidget *parent)
    : QWidget(parent), m_producers(spin(this, 1, MaxWorkers)),
      m_consumers(spin(this, 1, MaxWorkers)), m_capacity(spin(this, 0, 50)),
      m_latency(spin(this, 0, MaxLatencyMs, 50)), m_failRate(spin(this, 0, 100, 5)),
      m_site(new QCheckBox(this)), m_url(new QLineEdit(this)), m_timeBoth(new QPushButton(this)),
      m_openFolder(new QPushButton(this))
{
    // Label and field stay together; the groups wrap as the panel narrows.
    auto *flow = new widgets::FlowLayout(this);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QSpinBox *s : {m_producers, m_consumers, m_capacity, m_latency, m_failRate}) {
        auto *pair = new QWidget(this);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(pair);
        label->setBuddy(s);
        m_labels.append(label);
        row->addWidget(label);
        row->addWidget(s);
        flow->addWidget(pair);
        connect(s, &QSpinBox::valueChanged, this, &CrawlerControls::knobsChanged);
    }
    // The internet option: off, its field hidden, until a classroom with internet wants it.
    auto *site = new QWidget(this);
    auto *siteRow = new QHBoxLayout(site);
    siteRow->setContentsMargins(0, 0, 0, 0);
    siteRow->addWidget(m_site);
    siteRow->addWidget(m_url);
    m_url->setVisible(false);
    m_url->setClearButtonEnabled(true);
    flow->addWidget(site);
    flow->addWidget(m_timeBoth);
    flow->addWidget(m_openFolder);
    flow->addWidget(new widgets::SchedulerControls(driver, this));

    setKnobs(options);
    m_url->setText(options.urlTemplate);
    setSiteOn(!options.urlTemplate.isEmpty());
    connect(m_site, &QCheckBox::toggled, this, [this](bool on) {
        m_url->setVisible(on);
        if (on && m_url->text().trimmed().isEmpty())
            m_url->setFocus(); // nothing to check yet: the teacher types, Enter asks
        else
            requestSite();
    });
    connect(m_url, &QLineEdit::returnPressed, this, &CrawlerControls::requestSite);
    retranslate();
}

CrawlOptions CrawlerControls::applyKnobs(CrawlOptions o) const
{
    o.producers = m_producers->value();
    o.consumers = m_consumers->value();
    o.capacity = m_capacity->value();
    o.latencyMs = m_latency->value();
    o.failRate = m_failRate->value() / 100.0;
    return o;
}

void CrawlerControls::setKnobs(const CrawlOptions &o)
{
    for (auto [box, v] : {std::pair{m_producers, o.producers},
                          {m_consumers, o.consumers},
                          {m_capacity, o.capacity},
                          {m_latency, o.latencyMs},
                          {m_failRate, int(std::lround(o.failRate * 100))}}) {
        const QSignalBlocker block(box);
        box->setValue(v);
    }
}

void CrawlerControls::setSiteOn(bool on)
{
    const QSignalBlocker block(m_site);
    m_site->setChecked(on);
    m_url->setVisible(on);
}

void CrawlerControls::requestSite()
{
    emit siteRequested(m_site->isChecked() ? m_url->text().trimmed() : QString());
}

void CrawlerControls::changeEvent(QEvent *event)
{
    // A zoom changes the font the URL field's width is measured in.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CrawlerControls::retranslate()
{
    const QStringList labels = {Tr::tr("&Producers:"), Tr::tr("&Consumers:"), Tr::tr("&maxsize:"),
                                Tr::tr("Late&ncy:"), Tr::tr("&Fail rate:")};
    const QStringList names = {
        Tr::tr("Producer threads"), Tr::tr("Consumer threads"), Tr::tr("Queue capacity (maxsize)"),
        Tr::tr("Site latency in milliseconds"), Tr::tr("Share of pages that fail, in percent")};
    const QList<QSpinBox *> boxes = {m_producers, m_consumers, m_capacity, m_latency, m_failRate};
    for (int i = 0; i < boxes.size(); ++i) {
        m_labels[i]->setText(labels[i]);
        boxes[i]->setAccessibleName(names[i]);
        boxes[i]->setToolTip(names[i]);
    }
    m_capacity->setSpecialValueText(QStringLiteral("∞")); // 0: no limit (narrow on a projector)
    m_latency->setSuffix(Tr::tr(" ms"));
    m_failRate->setSuffix(Tr::tr(" %"));
    m_site->setText(Tr::tr("&Internet")); // short: the 1024-pixel projector's second row
    m_site->setToolTip(Tr::tr("For classrooms with internet: crawl another site's pages instead "
                              "of the app's own loopback site"));
    m_url->setPlaceholderText(exampleTemplate());
    m_url->setAccessibleName(Tr::tr("URL template, {page} where the page number goes"));
    m_url->setToolTip(m_url->accessibleName() + Tr::tr(" (Enter to use it)"));
    // Room for the example (the usual length of a template) in the field's font, its frame and
    // its clear button.
    const QFontMetricsF fm(m_url->font());
    const QStyle *st = m_url->style();
    m_url->setMinimumWidth(
        int(std::ceil(fm.horizontalAdvance(exampleTemplate() + QStringLiteral("  ")) +
                      2 * st->pixelMetric(QStyle::PM_DefaultFrameWidth) +
                      st->pixelMetric(QStyle::PM_SmallIconSize))));
    m_openFolder->setText(Tr::tr("&Output folder"));
    m_openFolder->setToolTip(Tr::tr("Where the consumers save the items (JSON Lines)"));
    m_timeBoth->setText(Tr::tr("&Time both"));
    m_timeBoth->setToolTip(Tr::tr("Crawl the same pages at full speed with producers and "
                                  "consumers, then with one thread, and compare the times"));
}

} // namespace crawler
