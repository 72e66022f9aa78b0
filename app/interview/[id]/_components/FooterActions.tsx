"use client";

import * as React from "react";
import { CheckCircle2, CircleHelp, FileText, Lightbulb, NotebookPen, Save, Square } from "lucide-react";
import { toast } from "sonner";
import { api } from "@/app/_lib/api";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Tooltip } from "@/components/ui/tooltip";
import { useCodeStore } from "@/stores/codeStore";
import { useInterviewStore } from "@/stores/interviewStore";

function NotesDialog({ interviewId, open, onOpenChange }: { interviewId: string; open: boolean; onOpenChange: (o: boolean) => void }) {
  const notes = useInterviewStore((s) => s.notes);
  const [value, setValue] = React.useState(notes);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => {
    if (open) setValue(useInterviewStore.getState().notes);
  }, [open]);
  const save = async () => {
    setBusy(true);
    try {
      await api.updateInterview(interviewId, { notes: value });
      useInterviewStore.getState().setNotes(value);
      toast.success("Notes saved");
      onOpenChange(false);
    } catch (err) {
      toast.error("Couldn't save notes", { description: err instanceof Error ? err.message : undefined });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Notes</DialogTitle>
          <DialogDescription>Private scratchpad: edge cases, ideas, complexity. Saved with the interview.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-1.5">
          <Label htmlFor="interview-notes">Your notes</Label>
          <Textarea
            id="interview-notes"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            rows={10}
            className="font-mono text-xs"
            placeholder={"- Empty input?\n- Duplicates?\n- O(n) with a hash map"}
          />
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button onClick={save} loading={busy}>
            Save notes
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ["Ctrl", "Enter"], what: "Run the visible tests (Code tab)" },
  { keys: ["Enter"], what: "Send a chat message (Shift+Enter for a new line)" },
  { keys: ["Ctrl", "M"], what: "In the editor: make Tab move focus instead of indenting" },
  { keys: ["Esc"], what: "Close a dialog or the editor sheet" },
];

/** Help: hints left, asking for one, and the keyboard shortcuts. */
function HelpDialog({
  open,
  onOpenChange,
  readOnly,
  paused,
  onAskHint,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
  readOnly: boolean;
  paused: boolean;
  onAskHint: () => void;
}) {
  const hintsUsed = useInterviewStore((s) => s.hintsUsed);
  const hintsAvailable = useInterviewStore((s) => {
    const p = s.detail?.problem as { hints_available?: number } | undefined;
    return p?.hints_available ?? null;
  });
  const left = hintsAvailable === null ? null : Math.max(0, hintsAvailable - hintsUsed);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Help</DialogTitle>
          <DialogDescription>
            Stuck? Ask the interviewer for a hint — each one you use is noted in the report.
            {left !== null ? ` You have ${left} of ${hintsAvailable} hints left.` : null}
          </DialogDescription>
        </DialogHeader>
        <section aria-labelledby="shortcuts-heading" className="grid gap-2">
          <h3 id="shortcuts-heading" className="text-caption font-semibold">
            Keyboard shortcuts
          </h3>
          <dl className="grid gap-1.5 text-caption">
            {SHORTCUTS.map((s) => (
              <div key={s.what} className="flex items-center justify-between gap-3">
                <dt className="flex shrink-0 items-center gap-1">
                  {s.keys.map((k) => (
                    <Kbd key={k}>{k}</Kbd>
                  ))}
                </dt>
                <dd className="text-right text-muted-foreground">{s.what}</dd>
              </div>
            ))}
          </dl>
        </section>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Close
          </Button>
          {!readOnly ? (
            <Button
              onClick={() => {
                onOpenChange(false);
                onAskHint();
              }}
              disabled={paused || left === 0}
            >
              <Lightbulb aria-hidden /> Ask for a hint
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function FooterActions({
  interviewId,
  readOnly,
  onSave,
  onSubmit,
  onEnd,
  onAskHint,
  onViewReport,
}: {
  interviewId: string;
  readOnly: boolean;
  onSave: () => Promise<void>;
  /** Absent for a system-design interview: there is no code to submit. */
  onSubmit?: () => Promise<void>;
  onEnd: () => Promise<boolean>;
  onAskHint: () => void;
  onViewReport: () => void;
}) {
  const phase = useCodeStore((s) => s.phase);
  const runningKind = useCodeStore((s) => s.runningKind);
  const saveState = useCodeStore((s) => s.saveState);
  const status = useInterviewStore((s) => s.status);
  const [notesOpen, setNotesOpen] = React.useState(false);
  const [helpOpen, setHelpOpen] = React.useState(false);
  const [confirmEnd, setConfirmEnd] = React.useState(false);
  const [ending, setEnding] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const paused = status === "paused";

  const save = async () => {
    setSaving(true);
    await onSave();
    setSaving(false);
    const s = useCodeStore.getState().saveState;
    if (s === "saved") toast.success("Progress saved");
    else if (s === "error") toast.error("Couldn't save right now — we'll keep retrying");
  };

  const end = async () => {
    setEnding(true);
    const ok = await onEnd();
    if (!ok) setEnding(false);
  };

  return (
    <footer className="glass z-20 flex h-14 shrink-0 items-center gap-2 border-x-0 border-b-0 px-2 sm:px-4" aria-label="Interview actions">
      <Tooltip content="Notes">
        <Button variant="ghost" size="sm" onClick={() => setNotesOpen(true)} aria-label="Notes">
          <NotebookPen aria-hidden />
          <span className="hidden sm:inline">Notes</span>
        </Button>
      </Tooltip>
      {!readOnly ? (
        <>
          <Tooltip content="Save progress now (it also saves automatically)">
            <Button variant="ghost" size="sm" onClick={save} loading={saving} aria-label="Save progress">
              {saving ? null : <Save aria-hidden />}
              <span className="hidden sm:inline">Save</span>
            </Button>
          </Tooltip>
        </>
      ) : null}
      <Tooltip content="Help: hints and keyboard shortcuts">
        <Button variant="ghost" size="sm" onClick={() => setHelpOpen(true)} aria-label="Help" data-testid="help-button">
          <CircleHelp aria-hidden />
          <span className="hidden sm:inline">Help</span>
        </Button>
      </Tooltip>

      <div className="ml-auto flex items-center gap-2">
        {readOnly ? (
          <Button onClick={onViewReport}>
            <FileText aria-hidden /> View report
          </Button>
        ) : (
          <>
            {onSubmit ? (
              <Button
                variant="primary"
                onClick={() => void onSubmit()}
                disabled={phase !== "idle" || paused}
                loading={runningKind === "submit"}
                data-testid="submit-button"
              >
                {runningKind === "submit" ? null : <CheckCircle2 aria-hidden />}
                {runningKind === "submit" ? "Submitting…" : "Submit"}
              </Button>
            ) : null}
            <Button variant="outline" onClick={() => setConfirmEnd(true)} className="text-error hover:text-error" data-testid="end-button">
              <Square aria-hidden /> End
            </Button>
          </>
        )}
      </div>

      <NotesDialog interviewId={interviewId} open={notesOpen} onOpenChange={setNotesOpen} />
      <HelpDialog open={helpOpen} onOpenChange={setHelpOpen} readOnly={readOnly} paused={paused} onAskHint={onAskHint} />

      <AlertDialog open={confirmEnd} onOpenChange={(o) => !ending && setConfirmEnd(o)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>End the interview?</AlertDialogTitle>
            <AlertDialogDescription>
              Your current code is saved and scored, and you&apos;ll see the report with feedback. You can&apos;t keep coding
              in this interview afterwards.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel autoFocus disabled={ending}>
              Keep going
            </AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={end} loading={ending}>
              End interview
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </footer>
  );
}
