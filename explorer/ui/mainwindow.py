"""The main window: editor | memory panel, narration, step controls with the timeline, console."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSlider,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.recovery import RecoveryWriter
from explorer.session import Problem, Session
from explorer.trace.model import Outcome, Terms
from explorer.ui import export_dialog
from explorer.ui.console import ConsoleController, ConsolePanel, EntryBook
from explorer.ui.controller import SessionController
from explorer.ui.diagram import MemoryDiagram, show_legend
from explorer.session import browser_hint
from explorer.ui.banner import Banner
from explorer.ui.editor import EditorPane
from explorer.ui.keys import LAPTOP_KEYS, TypingGuard
from explorer.ui.pace import DEFAULT_PACE, PACES, interval_ms, nearest, pace_text
from explorer.ui.places import Places
from explorer.ui.pieces import PieceView
from explorer.ui.predict import PredictMode
from explorer.files import FileProblem, read_source, write_source
from explorer.ui.recorder import BackgroundRecorder
from explorer.lesson import GROUPS, first_code_line, is_sample, list_samples, parse_sample
from explorer.ui.samples import SHORT_WINDOW, SampleNote, SamplesDialog
from explorer.ui.terms import LABELS
from explorer.ui.theme import THEME_KEYS, apply_theme, icon, load_theme, sans_font
from explorer.ui.timeline import Timeline

RECORD_DELAY_MS = 600
EDITOR_FONT, PRESENTATION_EDITOR_FONT = 12.0, 17.0
PRESENTATION_DIAGRAM_SCALE = 1.35    # diagram fonts (and the boxes around them) in presentation mode
MAX_RECENT = 8
NEW_FILE_TEXT = "// A new program: write some JavaScript and watch its memory.\n\n"

# Qt hands a fill taller than about a hundred rows to a pool of threads in pieces and waits for them. What a
# step repaints (a box, a scroll bar, the diagram's background) is small: waking the threads and waiting cost
# more than the fill, about a third of the painting time of a step on a two-core machine. Qt reads this once,
# at the first such fill, so setting it when the window's module is imported is in time.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def narration_html(text: str) -> str:
    """`code` spans of a narration sentence become <code>; everything else is escaped."""
    parts = re.split(r"(`[^`]*`)", text)
    out = []
    for part in parts:
        if len(part) >= 2 and part.startswith("`") and part.endswith("`"):
            out.append(f"<code style='font-family: monospace; font-weight: 600'>{html.escape(part[1:-1])}</code>")
        else:
            out.append(html.escape(part))
    return "".join(out)


class MainWindow(QMainWindow):
    """Builds the widgets and wires them to the session's controller; the session decides, the views follow."""

    def __init__(self, settings: QSettings | None = None, record_fn=None, recovery_path: Path | None = None):
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.places = Places(self.settings, is_sample)
        self.recovery_path = recovery_path
        self.session = Session()
        self.controller = SessionController(self.session, self)
        self.entry_book = EntryBook()       # each file's console entries, replayed after every recording
        self.path: str | None = None
        self.terms = Terms.HARD_PARTS
        self.theme = load_theme("light")
        self.presentation = False
        self._short = None               # the window is short (see resizeEvent); None: not known yet
        self._recorded_text: str | None = None
        self._play_stop_at: int | None = None
        self._recovery = RecoveryWriter(recovery_path)

        self.setWindowIcon(icon("app", "#2f6fdb"))
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(960, 600))
        self._build_widgets()
        self.predict = PredictMode(self, lambda index: self.controller.go(index))
        self._build_actions()
        self.typing_guard = TypingGuard(self)
        self._build_menus()
        self._build_toolbar()
        self.recorder = BackgroundRecorder(record_fn, parent=self)
        self.recorder.started.connect(self._record_started)
        self.recorder.progress.connect(self._record_progress)
        self.recorder.previewed.connect(self._record_previewed)
        self.recorder.finished.connect(self._record_finished)
        self.recorder.failed.connect(self._record_failed)
        self.recorder.cancelled.connect(self._record_cancelled)
        self.recorder.lost.connect(self._record_lost)

        self.record_timer = QTimer(self, singleShot=True, interval=RECORD_DELAY_MS)
        self.record_timer.timeout.connect(self.record)
        self.play_timer = QTimer(self)
        self.play_timer.timeout.connect(self._play_tick)

        self.editor.textChanged.connect(self._text_changed)
        self.editor.document().modificationChanged.connect(self._modification_changed)
        self.editor.breakpointsChanged.connect(self._breakpoints_changed)
        self.diagram.functionHovered.connect(self.editor.set_hover_range)
        self._wire_views()

        self._load_settings()
        self._update_actions()
        self._update_title()

    @property
    def trace(self):
        return self.session.trace

    @property
    def index(self) -> int:
        return self.session.index

    def _wire_views(self) -> None:
        """The views follow the controller; the order of the connections is the order they are told in."""
        c = self.controller
        c.traceChanged.connect(self.diagram.set_trace)
        c.traceChanged.connect(self.timeline.set_trace)
        c.traceChanged.connect(self.console.set_trace)
        c.traceChanged.connect(self._trace_shown)
        c.stepChanged.connect(lambda index: self.editor.set_current_range(
            self.piece_view.show_step(self.session.trace, index, c.step().range)))
        c.stepChanged.connect(lambda index: self.diagram.show_step(self.session.trace, index))
        c.stepChanged.connect(self.timeline.set_value)
        c.stepChanged.connect(self.console.set_step)
        c.stepChanged.connect(self._step_shown)
        self.console.jump.connect(c.go)
        self.timeline.moved.connect(c.go)
        # predict mode: it may stop a move before a question, and asks once the step before it is drawn
        c.gate = self.predict.gate
        c.traceChanged.connect(self.predict.set_trace)
        c.stepChanged.connect(self.predict.step_shown)
        self.predict.asked.connect(lambda _q: self.stop_play())
        self.statusBar().addPermanentWidget(self.predict.score_label)
        self._wire_console()

    def _wire_console(self) -> None:
        """The console's input: entries at the end of the run, answers at a step (see ConsoleController)."""
        self.console_control = ConsoleController(self)
        self.controller.traceChanged.connect(self.console_control.trace_shown)
        self.controller.stepChanged.connect(self.console_control.step_shown)
        self.recorder.finished.connect(self.console_control.recording_finished)
        self.console_panel.submitted.connect(self.console_control.submit)
        self.console_panel.exercise.connect(self.console_control.add_entry)
        self.console_panel.clearRequested.connect(self.console_control.clear_entries)

    # ------------------------------------------------------------------ widgets
    def _build_widgets(self) -> None:
        self.editor_pane = EditorPane()
        self.editor = self.editor_pane.editor
        self.editor.setAcceptDrops(False)
        self.diagram = MemoryDiagram()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 4, 3, 0)
        lv.setSpacing(2)
        self.editor_title = QLabel("Code", objectName="paneTitle")
        lv.addWidget(self.editor_title)
        self.sample_note = SampleNote()
        self.sample_note.closed.connect(self._update_actions)
        self.sample_note.closed.connect(self._fold_header)
        lv.addWidget(self.sample_note)
        lv.addWidget(self.editor_pane, 1)
        self.piece_view = PieceView()          # eval / Function code a step points into
        lv.addWidget(self.piece_view)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(3, 4, 6, 0)
        rv.setSpacing(2)
        head = QHBoxLayout()
        self.diagram_title = QLabel("Memory", objectName="paneTitle")
        head.addWidget(self.diagram_title)
        head.addStretch(1)
        self.fit_button = QToolButton()
        self.fit_button.setAutoRaise(True)
        head.addWidget(self.fit_button)
        rv.addLayout(head)
        self.banner = Banner(self.diagram)      # why the diagram is the last run (dimmed), or a hint
        self.banner.clicked.connect(self._banner_clicked)
        rv.addWidget(self.banner)
        rv.addWidget(self.diagram, 1)
        self._stale: Problem | None = None     # the text does not parse: the diagram is the last good recording
        self._recording_an_edit = False        # the recording under way is of an edit (not a new file, not F5)

        self.top_split = QSplitter(Qt.Orientation.Horizontal)
        self.top_split.setObjectName("topSplit")
        self.top_split.addWidget(left)
        self.top_split.addWidget(right)
        self.top_split.setStretchFactor(0, 4)
        self.top_split.setStretchFactor(1, 5)
        self.top_split.setChildrenCollapsible(False)

        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(6, 4, 6, 4)
        bv.setSpacing(4)
        self.narration = QLabel(objectName="narration")
        self.narration.setWordWrap(True)
        self.narration.setTextFormat(Qt.TextFormat.RichText)
        self.narration.setMinimumHeight(44)
        self.narration.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bv.addWidget(self.narration)
        row = QHBoxLayout()
        self.timeline = Timeline()
        self.step_label = QLabel("", objectName="stepLabel")
        self.step_label.setMinimumWidth(150)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.timeline, 1)
        row.addWidget(self.step_label)
        bv.addLayout(row)
        console_title = QLabel("Console", objectName="paneTitle")
        bv.addWidget(console_title)
        self.console_panel = ConsolePanel()
        self.console = self.console_panel.view
        bv.addWidget(self.console_panel, 1)
        self.console_title = console_title

        self.main_split = QSplitter(Qt.Orientation.Vertical)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.top_split)
        self.main_split.addWidget(bottom)
        self.main_split.setStretchFactor(0, 5)
        self.main_split.setStretchFactor(1, 2)
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)

        sb = self.statusBar()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel("")
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setToolTip("Stop recording (Esc); the steps recorded so far can still be explored")
        self.cancel_button.clicked.connect(self.cancel_recording)
        for w in (self.progress_label, self.progress, self.cancel_button):
            sb.addPermanentWidget(w)
            w.hide()
        # a run stopped at the step limit can go on: twice the steps, then again (the limit is the
        # usual one again once the code changes)
        self._usual_limit = None      # the step limit before "Record further", while it is raised
        self._further_text = ""
        self.further_button = QToolButton()
        self.further_button.setObjectName("recordFurther")
        self.further_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.further_button.clicked.connect(self.record_further)
        sb.addPermanentWidget(self.further_button)
        self.further_button.hide()

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "", icon_name: str = "",
                checkable: bool = False) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            shortcuts = list(shortcut) if isinstance(shortcut, (list, tuple)) else [shortcut]
            if name in LAPTOP_KEYS:
                shortcuts.append(LAPTOP_KEYS[name])       # a key that needs no Fn
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        keys = " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
        act.setToolTip(f"{tip or text.replace('&', '')}" + (f"  ({keys})" if keys else ""))
        act.setStatusTip(tip or text.replace("&", ""))
        act.setCheckable(checkable)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        self._icon_names[act] = icon_name
        self.addAction(act)     # shortcuts keep working when the menu bar is hidden
        setattr(self, f"act_{name}", act)
        return act

    def _build_actions(self) -> None:
        self._icon_names: dict[QAction, str] = {}
        a = self._action
        a("new", "&New", self.new_file, QKeySequence.StandardKey.New)
        a("open", "&Open…", self.open_dialog, QKeySequence.StandardKey.Open)
        a("samples", "Open &Sample…", self.open_samples_dialog, "Ctrl+Shift+O", "Browse the sample programs")
        a("save", "&Save", self.save, QKeySequence.StandardKey.Save)
        a("save_as", "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        a("export_png", "Export Diagram as &PNG…", self.export_png)
        a("export_svg", "Export Diagram as S&VG…", self.export_svg)
        a("copy_diagram", "&Copy Diagram", self.copy_diagram, "Ctrl+Shift+C", "Copy the memory diagram as a picture")
        a("export_steps", "Export S&teps…", lambda: export_dialog.export_steps_dialog(self), None,
          "A range of steps as lesson frames: numbered PNGs, a GIF or a video (MP4/WebM)")
        a("export_page", "Export as &Web Page…", lambda: export_dialog.export_web_page(self), None,
          "The whole run as one HTML file a student can step through in any browser")
        a("quit", "&Quit", self.close, QKeySequence.StandardKey.Quit)

        a("find", "&Find…", self.editor_pane.find_bar.open_bar, QKeySequence.StandardKey.Find)
        a("toggle_breakpoint", "Toggle &Breakpoint", self.editor.toggle_breakpoint_at_cursor, "F9",
          "Set or clear a breakpoint on the cursor's line")
        a("clear_breakpoints", "Clear All Breakpoints", lambda: self.editor.set_breakpoints(set()), "Ctrl+Shift+F9")

        a("record", "&Record / Restart", self.restart, "F5", "Record the program again and go to its first step",
          "restart")
        a("cancel", "Cancel Recording", self.cancel_recording, "Esc", "Stop a recording that takes long", "cancel")
        a("step_back", "Step &Back", lambda: self._nav("step_back"), "Shift+F10", "Go back one step", "step_back")
        a("step_back_over", "Step Back Over", lambda: self._nav("step_back_over"), "Ctrl+Shift+F10",
          "Go back to the previous step at this call depth")
        a("step_over", "Step &Over", lambda: self._nav("step_over"), "F10",
          "Next step at this call depth (a call runs to its end)", "step_over")
        a("step_into", "Step &Into", lambda: self._nav("step_into"), "F11", "Next step, into calls", "step_into")
        a("step_out", "Step O&ut", lambda: self._nav("step_out"), "Shift+F11",
          "Run to the end of the current call", "step_out")
        a("prev_breakpoint", "&Previous Breakpoint", lambda: self._nav_breakpoint(False), "Shift+F8",
          "Go back to the previous breakpoint", "prev_breakpoint")
        a("next_breakpoint", "&Next Breakpoint", lambda: self._nav_breakpoint(True), "F8",
          "Go to the next breakpoint", "next_breakpoint")
        a("play", "&Play", self.toggle_play, "F7", "Play the steps one by one (stops at breakpoints)", "play")
        a("by_line", "By &Line", self._by_line_toggled, tip="Play line by line: one statement at a time, skipping "
          "the small steps inside a line, with time to read each narration", checkable=True)
        a("first", "&First Step", lambda: self._nav("first"), "Alt+Home", "Go to the first step", "first")
        a("last", "&Last Step", lambda: self._nav("last"), "Alt+End", "Go to the last step", "last")
        a("run_to_cursor", "Run to &Cursor", self.run_to_cursor, "Ctrl+F10", "Go to the next step on the cursor's line")
        a("predict", "P&redict Mode", self.set_predict, ["F6", "Ctrl+Shift+K"],
          "Predict first: stepping forward stops before a step that teaches something and asks what will happen",
          checkable=True)
        self.act_predict.setIconText("Predict")
        a("hide_future", "&Hide Console Output Not Yet Printed", self._sync_console_future,
          tip="The console shows only what was printed up to the current step", checkable=True)

        a("presentation", "&Presentation Mode", self.set_presentation, ["F12", "Ctrl+Shift+P"],
          "Large fonts and less chrome, for teaching", checkable=True)
        a("contrast", "High Contrast in Presentation Mode", self._contrast_toggled, checkable=True)
        a("zoom_in", "Zoom &In", self.zoom_in, ["Ctrl+=", "Ctrl++"])
        a("zoom_out", "Zoom &Out", self.zoom_out, "Ctrl+-")
        a("zoom_reset", "&Reset Zoom", self.zoom_reset, "Ctrl+0")
        a("fit", "&Fit Whole Diagram", self.fit_diagram, "Ctrl+9",
          "Show all of the memory diagram, however small (off: keep it readable and scroll)", "fit", checkable=True)
        a("show_notes", "Show Sample &Notes", self.show_sample_notes,
          tip="Show what the open sample is about and what to watch in the memory panel")
        a("animations", "&Animations", self._animations_toggled, tip="Animate contexts in and out", checkable=True)
        a("samples_browser", "Samples…", self.open_samples_dialog)
        a("about", "&About Closure Explorer", self.about)
        a("shortcuts", "&Keyboard Shortcuts", self.show_shortcuts, "F1")
        self.fit_button.setDefaultAction(self.act_fit)

        self.terms_group = QActionGroup(self)
        self.term_actions: dict[Terms, QAction] = {}
        for terms in Terms:
            act = QAction(LABELS[terms].menu_name, self, checkable=True)
            act.setObjectName(f"terms_{terms.value}")
            act.triggered.connect(lambda _c=False, t=terms: self.set_terms(t))
            self.terms_group.addAction(act)
            self.term_actions[terms] = act
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key in THEME_KEYS:
            act = QAction(load_theme(key).name, self, checkable=True)
            act.setObjectName(f"theme_{key}")
            act.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            self.theme_group.addAction(act)
            self.theme_actions[key] = act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        for act in (self.act_new, self.act_open, self.act_samples):
            m.addAction(act)
        self.samples_menu = m.addMenu("Sa&mples")
        groups = list_samples()
        for group in GROUPS:
            sub = self.samples_menu.addMenu(group)
            for sample in groups.get(group, []):
                act = sub.addAction(sample.title)
                act.setToolTip(sample.summary)
                act.setStatusTip(sample.summary)
                act.triggered.connect(lambda _c=False, p=sample.path: self.open_path(str(p)))
            sub.setToolTipsVisible(True)
        self.recent_menu = m.addMenu("Open &Recent")
        m.addSeparator()
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        m.addSeparator()
        m.addAction(self.act_export_png)
        m.addAction(self.act_export_svg)
        m.addAction(self.act_copy_diagram)
        m.addAction(self.act_export_steps)
        m.addAction(self.act_export_page)
        m.addSeparator()
        m.addAction(self.act_quit)

        m = mb.addMenu("&Edit")
        undo = m.addAction("&Undo", self.editor.undo, QKeySequence.StandardKey.Undo)
        redo = m.addAction("&Redo", self.editor.redo, QKeySequence.StandardKey.Redo)
        self.editor.undoAvailable.connect(undo.setEnabled)
        self.editor.redoAvailable.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        for act in (undo, redo):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)   # the editor handles the keys itself
        m.addSeparator()
        m.addAction(self.act_find)
        m.addSeparator()
        m.addAction(self.act_toggle_breakpoint)
        m.addAction(self.act_clear_breakpoints)

        m = mb.addMenu("&Run")
        for act in (self.act_record, self.act_cancel, None, self.act_step_over, self.act_step_into, self.act_step_out,
                    self.act_step_back, self.act_step_back_over, None, self.act_prev_breakpoint,
                    self.act_next_breakpoint, self.act_run_to_cursor, None, self.act_play, self.act_by_line,
                    self.act_first, self.act_last, None, self.act_predict):
            m.addSeparator() if act is None else m.addAction(act)

        m = mb.addMenu("&View")
        tm = m.addMenu("&Terminology")
        for act in self.term_actions.values():
            tm.addAction(act)
        thm = m.addMenu("T&heme")
        for act in self.theme_actions.values():
            thm.addAction(act)
        m.addSeparator()
        m.addAction(self.act_presentation)
        m.addAction(self.act_contrast)
        m.addSeparator()
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_fit):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.act_show_notes)
        m.addAction(self.act_animations)
        m.addAction(self.act_hide_future)
        m.addSeparator()
        self.act_legend = m.addAction("Diagram &Key…")      # boxes, arrows and the backpack's handle
        self.act_legend.triggered.connect(lambda: show_legend(self, self.terms))

        m = mb.addMenu("&Help")
        m.addAction(self.act_shortcuts)
        m.addAction(self.act_samples_browser)
        m.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Steps")
        tb.setObjectName("stepsToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for act in (self.act_record, None, self.act_first, self.act_step_back, self.act_step_over, self.act_step_into,
                    self.act_step_out, self.act_last, None, self.act_prev_breakpoint, self.act_next_breakpoint, None,
                    self.act_play, None, self.act_predict):
            tb.addSeparator() if act is None else tb.addAction(act)
        speed_box = QWidget()
        sl = QHBoxLayout(speed_box)
        sl.setContentsMargins(6, 0, 6, 0)
        self.speed_label = QLabel(pace_text(DEFAULT_PACE))
        self.speed_label.setMinimumWidth(self.speed_label.fontMetrics().horizontalAdvance(pace_text(1 / 3)) + 4)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("speed")
        self.speed.setRange(0, len(PACES) - 1)          # an index into PACES
        self.speed.setValue(PACES.index(DEFAULT_PACE))
        self.speed.setFixedWidth(110)
        self.speed.setToolTip("Autoplay's pace: from one step every 3 seconds to 20 steps a second")
        self.speed.valueChanged.connect(self._speed_changed)
        sl.addWidget(self.speed_label)
        sl.addWidget(self.speed)
        self.by_line_button = QToolButton()
        self.by_line_button.setDefaultAction(self.act_by_line)
        self.by_line_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        sl.addWidget(self.by_line_button)
        speed_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)   # the label by its slider
        tb.addWidget(speed_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        self.toolbar = tb
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        color = self.theme.palette["window_text"]
        for act, name in self._icon_names.items():
            if name:
                act.setIcon(icon(name, color))
        self.act_play.setIcon(icon("pause" if self.play_timer_active() else "play", color))

    def play_timer_active(self) -> bool:
        return hasattr(self, "play_timer") and self.play_timer.isActive()

    # ------------------------------------------------------------------ settings
    def _load_settings(self) -> None:
        s = self.settings
        theme = str(s.value("theme", "light"))
        self.set_theme(theme if theme in THEME_KEYS else "light", save=False)
        try:
            terms = Terms(str(s.value("terms", Terms.HARD_PARTS.value)))
        except ValueError:
            terms = Terms.HARD_PARTS
        self.set_terms(terms, save=False)
        self.editor.set_font_size(float(s.value("editor/font", EDITOR_FONT)))
        zoom = float(s.value("diagram/zoom", 0.0))
        if zoom > 0:
            self.diagram.set_zoom(zoom)
        elif zoom < 0:
            self.diagram.fit(whole=True)
        self._sync_fit_action()
        try:
            pace = float(s.value("pace", DEFAULT_PACE))
        except (TypeError, ValueError):
            pace = DEFAULT_PACE
        self.speed.setValue(nearest(pace))
        self.act_by_line.setChecked(str(s.value("play/by_line", "false")) == "true")
        self.act_animations.setChecked(str(s.value("animations", "true")) == "true")
        self.diagram.set_animations(self.act_animations.isChecked())
        self.act_contrast.setChecked(str(s.value("presentation/contrast", "false")) == "true")
        self.act_hide_future.setChecked(str(s.value("console/hide_future", "false")) == "true")
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        for key, split in (("split/top", self.top_split), ("split/main", self.main_split)):
            state = s.value(key)
            if state is not None:
                split.restoreState(state)
        if s.value("split/main") is None:
            self.main_split.setSizes([520, 220])
        if s.value("split/top") is None:
            self.top_split.setSizes([500, 740])
        self._rebuild_recent_menu()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("theme", self._base_theme_key)
        s.setValue("terms", self.terms.value)
        if not self.presentation:
            s.setValue("editor/font", self.editor.font_size())
            s.setValue("diagram/zoom", self._zoom_setting())
            s.setValue("split/top", self.top_split.saveState())
            s.setValue("split/main", self.main_split.saveState())
        s.setValue("pace", PACES[self.speed.value()])
        s.setValue("animations", "true" if self.act_animations.isChecked() else "false")
        s.setValue("presentation/contrast", "true" if self.act_contrast.isChecked() else "false")
        s.setValue("console/hide_future", "true" if self.act_hide_future.isChecked() else "false")
        self._remember_last()
        s.sync()

    # ------------------------------------------------------------------ the file left last
    def _remember_last(self) -> None:
        saved = self.path is not None and not self.editor.document().isModified() and self.trace is not None
        self.places.remember_last(self.path, self.index, self.editor.toPlainText(), saved)

    def reopen_last(self) -> bool:
        """Open the file that was open last (at the step it was left on, when the file has not changed since)."""
        path = self.places.last_path()
        if path is None or not self.open_path(path, ask=False):
            return False
        step = self.places.last_step(self.editor.toPlainText())
        if step is not None:
            self.session.resume_at(step)
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear List", self._clear_recent)
        self.recent_menu.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        self.settings.setValue("recent", [])
        self._rebuild_recent_menu()

    # ------------------------------------------------------------------ look
    def set_theme(self, key: str, save: bool = True) -> None:
        self._base_theme_key = key
        self._apply_theme()
        self.theme_actions[key].setChecked(True)
        if save:
            self.settings.setValue("theme", key)

    def _apply_theme(self) -> None:
        key = self._base_theme_key
        if self.presentation and self.act_contrast.isChecked():
            key = "contrast"
        self.theme = load_theme(key)
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, self.theme)
        self.editor.set_theme(self.theme)
        self.piece_view.code.set_theme(self.theme)
        k = self._presentation_factor() if self.presentation else 1.0
        self.narration.setFont(sans_font(19 * k if self.presentation else 11.5))
        for label in (self.step_label, self.speed_label):
            label.setFont(sans_font(14 * k if self.presentation else 10.5))
        self.sample_note.set_font_points(14 * k if self.presentation else 10.5)
        if self.presentation:
            self.sample_note.set_watch_open(False)    # the code needs the room; a click unfolds the list
        self.narration.setMinimumHeight(self.narration.fontMetrics().lineSpacing() * 2 + 22)
        self._size_step_label()
        self.diagram.set_theme(self.theme)
        self.console_panel.set_theme(self.theme)
        self.timeline.set_colors(self.theme.palette["highlight"], self.theme.palette["mid"])
        self.predict.set_look(self.theme, self.presentation, self._presentation_factor())
        self._refresh_icons()

    def set_terms(self, terms: Terms, save: bool = True) -> None:
        self.terms = terms
        self.term_actions[terms].setChecked(True)
        self.diagram.set_terms(terms)
        self.predict.set_terms(terms)
        self._show_narration()
        if save:
            self.settings.setValue("terms", terms.value)

    def _contrast_toggled(self, _on: bool) -> None:
        self._apply_theme()

    def _animations_toggled(self, on: bool) -> None:
        self.diagram.set_animations(on)
        self.settings.setValue("animations", "true" if on else "false")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        short = self.height() < SHORT_WINDOW
        if short != self._short and not self.presentation:
            self._short = short
            self.console_title.setVisible(not short)     # the console's placeholder says what it is
            if short:
                QTimer.singleShot(0, self._compact_bottom)    # once the splitter has its new size

    def _compact_bottom(self) -> None:
        """A short window (a laptop's 720 or 768 lines, the 960x600 minimum): the narration, the timeline and
        a few console lines get their room, the code and the memory panel the rest."""
        bottom = self.main_split.widget(1)
        lines = self.console.fontMetrics().lineSpacing()
        want = bottom.minimumSizeHint().height() + 3 * lines
        total = sum(self.main_split.sizes())
        if total > 0 and self.main_split.sizes()[1] > want and not self.presentation:
            self.main_split.setSizes([total - want, want])

    def _presentation_factor(self) -> float:
        """Presentation sizes are for a 1080p screen; a smaller window gets a little less, so code still fits."""
        return 1.0 if self.width() >= 1600 and self.height() >= 900 else 0.85

    def set_presentation(self, on: bool) -> None:
        if on == self.presentation:
            return
        if on:
            self._saved_zoom = (self.editor.font_size(), self.diagram.fit_mode, self.diagram.zoom,
                                self.diagram.fonts.scale, self.console.font_size())
            self._saved_splits = (self.top_split.saveState(), self.main_split.saveState())
        self.presentation = on
        self.act_presentation.setChecked(on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.editor_title.setVisible(not on)
        self.diagram_title.setVisible(not on)
        self.toolbar.setIconSize(QSize(30, 30) if on else QSize(22, 22))
        self.console_title.setVisible(not on and not self._short)
        self._sync_console_future()
        if on:
            k = self._presentation_factor()
            self.editor.set_font_size(round(PRESENTATION_EDITOR_FONT * k))
            self.console_panel.set_font_size(round(14 * k))
            self.diagram.set_font_scale(max(PRESENTATION_DIAGRAM_SCALE, self.diagram.fonts.scale))
            # the memory panel gets most of the room: it is what the class looks at
            width = max(1, self.top_split.width())
            code = self._code_width()
            self.top_split.setSizes([code, width - code])
            height = max(1, self.main_split.height())
            self.main_split.setSizes([int(height * 0.78), int(height * 0.22)])
            self.diagram.fit(whole=True)      # the class sees all of it: nothing cut off at the sides
            self._show_code_from_the_top()
        else:
            font, fit_mode, zoom, diagram_scale, console_font = self._saved_zoom
            self.editor.set_font_size(font)
            self.diagram.set_font_scale(diagram_scale)
            self.top_split.restoreState(self._saved_splits[0])
            self.main_split.restoreState(self._saved_splits[1])
            if fit_mode == "manual":
                self.diagram.set_zoom(zoom)
            else:
                self.diagram.fit(whole=fit_mode == "whole")
            self.console_panel.set_font_size(console_font)
            self.sample_note.set_watch_open(True)
        self._sync_fit_action()
        self._apply_theme()

    def set_predict(self, on: bool) -> None:
        """Predict mode: stepping forward asks first; the console shows nothing the program has not printed yet."""
        self.act_predict.setChecked(on)
        self.predict.set_enabled(on)
        self._sync_console_future()
        if on:
            self.statusBar().showMessage("Predict mode: step forward, and predict what happens before you see it.",
                                         6000)

    def _sync_console_future(self, _on: bool = False) -> None:
        self.console.set_hide_future(self.presentation or self.predict.enabled or self.act_hide_future.isChecked())

    def _code_width(self) -> int:
        """The code pane's width in presentation mode: room for the longest line of code, kept between 32% and 42%
        of the window and never wider than before; the memory panel, what the class looks at, gets the rest."""
        width = max(1, self.top_split.width())
        text = self.editor.toPlainText()
        lines = text.splitlines()[first_code_line(text) - 1:]
        longest = max((len(line.expandtabs(4).rstrip()) for line in lines), default=0)
        needed = (self.editor.gutter_width() + self.editor.fontMetrics().horizontalAdvance("m") * (longest + 2)
                  + self.editor.verticalScrollBar().sizeHint().width() + 24)
        return int(min(self.top_split.sizes()[0], max(width * 0.32, min(width * 0.42, needed))))

    def _fold_header(self) -> None:
        """While a sample's note shows, its header comments are folded away in the editor: the note says what
        they say, and the code gets the room (the text is unchanged; closing the note unfolds them)."""
        text = self.editor.toPlainText()
        fold = self.sample_note.sample is not None and not self.sample_note.isHidden()
        self.editor.set_folded_lines(first_code_line(text) - 1 if fold else 0)

    def _show_code_from_the_top(self) -> None:
        """Scroll the editor to the first line of code (past a sample's header comments), the current step in view."""
        self.editor.verticalScrollBar().setValue(first_code_line(self.editor.toPlainText()) - 1)
        self.editor.set_current_range(self.editor.current_range())

    def zoom_in(self) -> None:
        self.editor.set_font_size(min(40.0, self.editor.font_size() + 1))
        self.diagram.zoom_in()
        self._save_zoom()

    def zoom_out(self) -> None:
        self.editor.set_font_size(max(7.0, self.editor.font_size() - 1))
        self.diagram.zoom_out()
        self._save_zoom()

    def zoom_reset(self) -> None:
        self.editor.set_font_size(round(PRESENTATION_EDITOR_FONT * self._presentation_factor())
                                  if self.presentation else EDITOR_FONT)
        self.diagram.fit(whole=self.presentation)     # presentation keeps its sizes and shows the whole diagram
        self._save_zoom()

    def fit_diagram(self, whole: bool = True) -> None:
        self.diagram.fit(whole=whole)
        self._save_zoom()

    def _zoom_setting(self) -> float:
        """diagram/zoom in the settings: 0 readable fit, -1 the whole diagram, else the zoom itself."""
        return {"readable": 0.0, "whole": -1.0}.get(self.diagram.fit_mode, self.diagram.zoom)

    def _sync_fit_action(self) -> None:
        self.act_fit.blockSignals(True)
        self.act_fit.setChecked(self.diagram.fit_mode == "whole")
        self.act_fit.blockSignals(False)

    def _save_zoom(self) -> None:
        self._sync_fit_action()
        if not self.presentation:
            self.settings.setValue("editor/font", self.editor.font_size())
            self.settings.setValue("diagram/zoom", self._zoom_setting())

    # ------------------------------------------------------------------ files
    def _update_title(self) -> None:
        name = Path(self.path).name if self.path else "untitled.js"
        self.setWindowTitle(f"{name}[*] — Closure Explorer")
        self.setWindowModified(self.editor.document().isModified())
        self.editor_title.setText(f"Code — {name}" + (" (sample)" if is_sample(self.path) else ""))

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def maybe_discard(self) -> bool:
        """True when there are no unsaved edits, or the user saved or discarded them."""
        if not self.is_modified():
            return True
        name = Path(self.path).name if self.path else "untitled.js"
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"“{name}” has changes that are not saved.\nSave them before going on?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def set_source(self, text: str, path: str | None, modified: bool = False) -> None:
        self.stop_play()
        self.path = path
        self.editor.set_breakpoints(set())
        self.editor.set_errors([])
        self.editor.set_folded_lines(0)
        self.editor.setPlainText(text)
        self.editor.document().setModified(modified)
        self.sample_note.set_sample(parse_sample(path, text) if path else None)
        self._fold_header()
        self.console_panel.set_tries(self.sample_note.sample.tries if self.sample_note.sample is not None else ())
        self.console_panel.set_entry_count(len(self.entry_book.entries(path)))
        if self.sample_note.sample is not None:
            # the note says what the header comments say: start the editor at the code
            self.editor.verticalScrollBar().setValue(first_code_line(text) - 1)
        self._update_actions()
        self.session.forget()        # the views keep the old picture until the new recording comes (no empty flash)
        self._update_title()
        self.record_timer.stop()
        self.record(restart=True)

    def new_file(self) -> None:
        if self.maybe_discard():
            self.set_source(NEW_FILE_TEXT, None)
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.editor.setTextCursor(cursor)

    def open_dialog(self) -> None:
        if not self.maybe_discard():
            return
        start = str(Path(self.path).parent) if self.path else self.places.dialog_folder(self.path)
        path, _ = QFileDialog.getOpenFileName(self, "Open a JavaScript file", start,
                                              "JavaScript (*.js *.mjs *.cjs);;All files (*)")
        if path:
            self.places.remember_folder(path)
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        if ask and not self.maybe_discard():
            return False
        try:
            text = read_source(path)
        except FileProblem as exc:
            QMessageBox.warning(self, "Cannot open file", str(exc))
            return False
        self.set_source(text, str(Path(path).resolve()))
        if not is_sample(path):
            self._remember_recent(str(Path(path).resolve()))
            self.places.remember_folder(path)
        self.statusBar().showMessage(f"Opened {Path(path).name}", 4000)
        self.diagram.setFocus()      # the arrow keys and Space step and play; a click in the editor types
        return True

    def open_samples_dialog(self) -> None:
        dialog = SamplesDialog(self)
        dialog.chosen.connect(lambda p: self.open_path(str(p)))
        dialog.exec()

    def save(self) -> bool:
        if not self.path or is_sample(self.path):
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = Path(self.path).name if self.path else "untitled.js"
        start = str(Path(self.places.dialog_folder(self.path)) / suggested)
        path, _ = QFileDialog.getSaveFileName(self, "Save the program as", start, "JavaScript (*.js);;All files (*)")
        if not path:
            return False
        self.places.remember_folder(path)
        if not Path(path).suffix:
            path += ".js"
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            write_source(path, self.editor.toPlainText())
        except FileProblem as exc:
            QMessageBox.warning(self, "Cannot save file", str(exc))
            return False
        self.path = str(Path(path).resolve())
        self.editor.document().setModified(False)
        self._remember_recent(self.path)
        self._update_title()
        self.clear_recovery()
        self.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        return True

    def dragEnterEvent(self, event) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    @staticmethod
    def _dropped_path(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    # ------------------------------------------------------------------ recovery after a crash
    def save_recovery(self) -> None:
        """Write the unsaved text (or remove the recovery file when nothing is unsaved) now."""
        if self.is_modified():
            self._recovery.keep(self.path, self.editor.toPlainText())
        else:
            self._recovery.clear()
        self._recovery.flush()

    def clear_recovery(self) -> None:
        self._recovery.clear()
        self._recovery.flush()

    def _modification_changed(self, modified: bool) -> None:
        self._update_title()
        if modified:
            self._recovery.keep(self.path, self.editor.toPlainText())
        else:
            self._recovery.clear()

    # ------------------------------------------------------------------ recording
    def _text_changed(self) -> None:
        text = self.editor.toPlainText()
        if self.is_modified():
            self._recovery.keep(self.path, text)       # written by its own thread a moment later
        if text != self._recorded_text:
            self.record_timer.start()

    def record_further(self) -> None:
        """Record the same code again with twice the step limit (after a run stopped at it)."""
        if self._usual_limit is None:
            self._usual_limit = self.recorder.max_steps
        self.recorder.max_steps *= 2
        self._further_text = self.editor.toPlainText()
        self.record()

    def restart(self) -> None:
        self.record(restart=True)

    def record(self, restart: bool = False) -> None:
        self.record_timer.stop()
        text = self.editor.toPlainText()
        if self._usual_limit is not None and text != self._further_text:
            self.recorder.max_steps, self._usual_limit = self._usual_limit, None
        self.session.recording_started(restart)
        self._recording_an_edit = not restart      # a failure then keeps the last run on screen
        self._recorded_text = text
        name = Path(self.path).name if self.path else "main.js"
        self.recorder.start(text, name, entries=self.entry_book.entries(self.path))

    def cancel_recording(self) -> None:
        if self.recorder.busy():
            self.recorder.cancel()

    def _record_started(self) -> None:
        self.further_button.hide()
        self.progress_label.setText("Recording…")
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()
        self.act_cancel.setEnabled(True)

    def _record_progress(self, steps: int) -> None:
        if self.session.showing_preview:
            self.progress_label.setText(f"Recording the whole run… {steps:,} steps")
        else:
            self.progress_label.setText(f"Recording… {steps:,} steps")

    def _record_done_ui(self) -> None:
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
        self.act_cancel.setEnabled(False)

    def _record_cancelled(self) -> None:
        self._record_done_ui()
        self.statusBar().showMessage("Recording cancelled: the steps recorded until now come up.", 6000)

    def _record_lost(self) -> None:
        self.statusBar().showMessage("Recording stopped. The program did not reach a point where its steps could "
                                     "be kept (one long operation, such as a slow regular expression).", 8000)

    def _record_failed(self, problem: Problem) -> None:
        """The program could not be recorded: say why where the learner looks (editor, console, memory panel).
        While editing, the last recording that ran stays on screen, dimmed, with the error on one line above it:
        when the text parses again the learner is where they were."""
        self._record_done_ui()
        self.stop_play()
        if not problem.internal and self.session.has_steps() and self._recording_an_edit:
            self._show_stale(problem)
            return
        self._clear_banner()
        self.controller.clear()
        self.console.show_problem(problem.console)
        self._set_narration(problem.narration)
        if problem.range is None:
            self.diagram.show_message(problem.body)
            if problem.internal:
                self._log_internal(problem.detail)
            return
        rng = problem.range
        self.editor.set_errors([(rng, problem.text)])
        self.editor.set_current_range(None)
        self.editor.reveal_line(rng.start_line)
        self.diagram.show_problem(problem.title, problem.body, rng.start_line, rng.start_column,
                                  self._recorded_text or "", problem.hint)
        self.step_label.setText("Not recorded")

    def _show_stale(self, problem: Problem) -> None:
        self._stale = problem
        self.session.keep_after_failure()
        self.editor.set_errors([(problem.range, problem.text)])
        self.banner.show_stale(problem.text)
        self.step_label.setText(self.session.step_label() + " (last run)")

    def _clear_banner(self) -> None:
        self._stale = None
        self.banner.clear()

    def _banner_clicked(self) -> None:
        if self._stale is not None and self._stale.range is not None:
            self.editor.reveal_line(self._stale.range.start_line)
            self.editor.setFocus()

    def _log_internal(self, detail: str) -> None:
        from explorer.ui.app import log_problem

        log_problem("recording failed", detail)

    def _record_previewed(self, trace) -> None:
        """A long run's opening steps: shown at once while the whole run records (the progress stays)."""
        self.controller.show_trace(trace, preview=True)
        self.progress_label.setText("Recording the whole run…")
        self.statusBar().showMessage(f"Showing the first {len(trace) - 1:,} steps while the whole run "
                                     "is recorded.", 8000)

    def _record_finished(self, trace) -> None:
        self._record_done_ui()
        self.controller.show_trace(trace)
        outcome = {
            Outcome.COMPLETED: f"Recorded {len(trace):,} steps.",
            Outcome.UNCAUGHT_ERROR: f"Recorded {len(trace):,} steps; the program stops with an uncaught error.",
            Outcome.STEP_LIMIT: "Stopped at the step limit (see the console). What was recorded can be explored.",
            Outcome.CANCELLED: f"Cancelled after {len(trace):,} steps. What was recorded can be explored.",
        }.get(trace.outcome, "")
        self.statusBar().showMessage(outcome, 8000)
        if trace.outcome == Outcome.STEP_LIMIT:
            further = self.recorder.max_steps * 2
            self.further_button.setText(f"Record further ({further:,} steps)")
            self.further_button.setToolTip(f"Record this code again, up to {further:,} steps")
            self.further_button.show()

    def _trace_shown(self, trace) -> None:
        """What the window itself shows of a new trace: the editor's error mark, breakpoint marks, the buttons,
        and a hint over the diagram when the program used a browser page's names."""
        self._clear_banner()
        if trace is not None:
            hint = browser_hint(trace.error_message)
            if hint:
                self.banner.show_hint(hint)
            self._size_step_label()
            errors = []
            if trace.error_range is not None and trace.error_message:
                errors.append((trace.error_range, trace.error_message))
            self.editor.set_errors(errors)
        self._breakpoints_changed(self.editor.breakpoints())
        self._update_actions()

    def _step_shown(self, _index: int) -> None:
        self._show_narration()
        self.step_label.setText(self.session.step_label() + (" (last run)" if self._stale is not None else ""))
        self._update_actions()

    # ------------------------------------------------------------------ stepping
    def go(self, index: int) -> None:
        self.controller.go(index)

    def _size_step_label(self) -> None:
        """Room for the longest "Step i of n · line k" of this trace, so the timeline does not shift as steps go by."""
        n = len(self.trace) if self.trace is not None else 1
        lines = max(1, self.editor.blockCount())
        shown = self.step_label.text()
        self.step_label.setText(f"Step {n:,} of {n:,}+ · line {lines}".replace("1", "8"))    # 8: a wide digit; +: a preview
        self.step_label.setMinimumWidth(max(150, self.step_label.sizeHint().width() + 4))
        self.step_label.setText(shown)

    def _nav(self, name: str) -> None:
        self.controller.navigate(name)

    def _nav_breakpoint(self, forward: bool) -> None:
        if self.trace is None:
            return
        lines = self.editor.breakpoints()
        if not lines:
            self.statusBar().showMessage("No breakpoints: click in the margin left of a line to set one (F9).", 5000)
            return
        target = self.session.breakpoint_target(lines, forward=forward)
        if target == self.index:
            self.statusBar().showMessage("No breakpoint is reached " + ("after" if forward else "before") + " this step.", 4000)
        self.go(target)

    def run_to_cursor(self) -> None:
        if self.trace is None:
            return
        line = self.editor.textCursor().blockNumber() + 1
        target = self.session.line_target(line)
        if target == self.index:
            self.statusBar().showMessage(f"Line {line} is not reached after this step.", 4000)
        self.go(target)

    def _breakpoints_changed(self, lines) -> None:
        self.timeline.set_breakpoint_steps(self.session.breakpoint_steps(lines))
        if self.trace is not None and self.play_timer.isActive():
            self._play_stop_at = self.session.breakpoint_target(lines) if lines else None


    # -- autoplay
    def toggle_play(self) -> None:
        if self.play_timer.isActive():
            self.stop_play()
        else:
            self.start_play()

    def start_play(self) -> None:
        if self.trace is None:
            return
        if self.index >= len(self.trace) - 1:
            self._nav("first")
        lines = self.editor.breakpoints()
        target = self.session.breakpoint_target(lines) if lines else None
        self._play_stop_at = target if target is not None and target != self.index else None
        self.play_timer.start(self._play_interval())
        self.act_play.setText("&Pause")
        self._refresh_icons()

    def stop_play(self) -> None:
        if hasattr(self, "play_timer") and self.play_timer.isActive():
            self.play_timer.stop()
        if hasattr(self, "act_play"):
            self.act_play.setText("&Play")
            self._refresh_icons()

    def _play_interval(self) -> int:
        by_line = self.act_by_line.isChecked() and self.session.has_steps()
        return interval_ms(self.speed.value(), by_line, self.session.narration(self.terms) if by_line else "")

    def _speed_changed(self, value: int) -> None:
        self.speed_label.setText(pace_text(PACES[value]))
        self.settings.setValue("pace", PACES[value])
        if self.play_timer.isActive():
            self.play_timer.setInterval(self._play_interval())

    def _by_line_toggled(self, on: bool) -> None:
        self.settings.setValue("play/by_line", "true" if on else "false")
        if self.play_timer.isActive():
            self.play_timer.setInterval(self._play_interval())

    def _play_tick(self) -> None:
        if self.trace is None:
            self.stop_play()
            return
        target = self.session.target("step_forward")
        if self.act_by_line.isChecked():
            target = self.session.next_line_step(self.index, stop_at=self._play_stop_at)
        if target == self.index:
            self.stop_play()
            return
        self.go(target)
        self.play_timer.setInterval(self._play_interval())
        if self._play_stop_at is not None and target >= self._play_stop_at:
            self.stop_play()
            self.statusBar().showMessage(f"Paused at the breakpoint on line {self.trace.step(target).range.start_line}.", 4000)

    # ------------------------------------------------------------------ narration and state of the buttons
    def _show_narration(self) -> None:
        if self.session.has_steps():
            self._set_narration(self.session.narration(self.terms))

    def _set_narration(self, text: str) -> None:
        self.narration.setText(narration_html(text))

    def _update_actions(self) -> None:
        session = self.session
        for act in (self.act_step_back, self.act_step_back_over, self.act_first, self.act_prev_breakpoint):
            act.setEnabled(not session.at_start())
        for act in (self.act_step_over, self.act_step_into, self.act_step_out, self.act_last,
                    self.act_next_breakpoint, self.act_run_to_cursor):
            act.setEnabled(not session.at_end())
        self.act_play.setEnabled(session.has_steps())
        self.act_cancel.setEnabled(self.recorder.busy() if hasattr(self, "recorder") else False)
        for act in (self.act_export_png, self.act_export_svg, self.act_copy_diagram, self.act_export_steps,
                    self.act_export_page):
            act.setEnabled(session.has_steps())
        self.act_show_notes.setEnabled(self.sample_note.sample is not None and self.sample_note.isHidden())


    def show_sample_notes(self) -> None:
        if self.sample_note.sample is not None:
            self.sample_note.show()
            self._fold_header()
        self._update_actions()

    # ------------------------------------------------------------------ export
    def _export(self, kind: str) -> None:
        base = Path(self.path).stem if self.path else "diagram"
        start = str(Path(self.places.dialog_folder(self.path)) / f"{base}-step{self.index + 1}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, f"Export the diagram as {kind.upper()}", start,
                                              f"{kind.upper()} image (*.{kind})")
        if not path:
            return
        self.places.remember_folder(path)
        if not path.lower().endswith("." + kind):
            path += "." + kind
        ok = self.diagram.export_png(path) if kind == "png" else self.diagram.export_svg(path)
        if ok:
            self.statusBar().showMessage(f"Diagram saved as {Path(path).name}", 4000)
        else:
            QMessageBox.warning(self, "Export failed", f"The diagram could not be written to “{path}”.")

    def export_png(self) -> None:
        self._export("png")

    def export_svg(self) -> None:
        self._export("svg")

    def copy_diagram(self) -> None:
        self.diagram.copy_to_clipboard()
        self.statusBar().showMessage("Diagram copied to the clipboard", 3000)

    # ------------------------------------------------------------------ help
    def about(self) -> None:
        QMessageBox.about(self, "About Closure Explorer",
                          "<h3>Closure Explorer</h3><p>See how JavaScript closures really work: "
                          "global memory, execution contexts and their local memory, and the "
                          "backpacks that functions carry.</p>")

    def show_shortcuts(self) -> None:
        rows = []
        for act in (self.act_record, self.act_step_over, self.act_step_into, self.act_step_out, self.act_step_back,
                    self.act_step_back_over, self.act_next_breakpoint, self.act_prev_breakpoint, self.act_toggle_breakpoint,
                    self.act_run_to_cursor, self.act_play, self.act_first, self.act_last, self.act_find,
                    self.act_presentation, self.act_predict, self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_fit):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(act.text().replace('&', ''))}</td></tr>")
        note = ("<p>The arrow keys and Space need no Fn key. They step and play whenever you are not typing: "
                "click the memory panel or the timeline after editing (in the editor they move the cursor).</p>"
                "<p><b>By Line</b> (next to the speed) plays one statement at a time, with time to read each "
                "narration; the slowest pace is one step every 3 seconds.</p>")
        QMessageBox.information(self, "Keyboard shortcuts",
                                "<table cellspacing=6>" + "".join(rows) + "</table>" + note)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event) -> None:
        if not self.maybe_discard():
            event.ignore()
            return
        self.stop_play()
        self.recorder.shutdown()
        self.recorder.wait(3000)
        self.console_control.shutdown()
        self.console_control.wait(3000)
        self.save_settings()
        self.clear_recovery()
        self._recovery.close()
        event.accept()
