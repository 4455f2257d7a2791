#pragma once

#include "shared/shareddemo.h"
#include "widgets/stagepanel.h"

class QSpinBox;
class QLabel;
class QSplitter;
class QTabWidget;

namespace widgets {
class CodeView;
class MemoryMapView;
} // namespace widgets

namespace shared {

/// The shared lesson: threads of one process run work() — one global g_num they all write and
/// read, locals in frames they push and pop — drawn as a memory map: the process box with its
/// globals, one stack per thread. The kit plays the run; scheduler mode lets the teacher step
/// one thread and show the others reading its write.
class SharedPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel with two threads, not yet running.
    explicit SharedPanel(QWidget *parent = nullptr);

    /// The knobs in force.
    SharedOptions options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const SharedOptions &options);
    /// The memory map.
    widgets::MemoryMapView *memoryMap() const { return m_map; }
    /// The running demo, or nullptr after shutdown().
    const SharedDemo *demo() const { return driver().engine<SharedDemo>(); }
    /// True when the map and the listing are on tabs (too narrow for both side by side).
    bool tabbed() const;
    /// The tabs of the map and the listing (shown only when tabbed()).
    QTabWidget *tabs() const { return m_tabs; }
    /// Shows the map's tab (0) or the listing's (1) when tabbed().
    void showTab(int index);

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;
    /// Puts the map and the code on tabs when both do not fit side by side.
    void resizeEvent(QResizeEvent *event) override;
    /// Follows the demo page's width too (fit()).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFrame();
    void retranslate();
    void retranslateTabs();
    void setTabbed(bool tabbed);
    void fit();

    SharedOptions m_options;
    QSpinBox *m_threads = nullptr;
    QLabel *m_threadsLabel = nullptr;
    QLabel *m_note = nullptr;
    widgets::MemoryMapView *m_map = nullptr;
    widgets::CodeView *m_code = nullptr;
    QSplitter *m_split = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_mapTab = nullptr;
    QWidget *m_codeTab = nullptr;
    QWidget *m_page = nullptr;
};

} // namespace shared
