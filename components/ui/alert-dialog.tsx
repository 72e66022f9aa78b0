"use client";

import * as React from "react";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { cn } from "./utils";
import { Button, type ButtonProps } from "./button";
import { DialogDescription, DialogFooter, DialogHeader, DialogOverlay, DialogPortal, DialogTitle, useReturnFocus } from "./dialog";

/**
 * A confirmation dialog (WAI-ARIA alertdialog) on Radix Dialog: it does not close on an
 * outside click, Escape cancels, and focus starts on the cancel action.
 */
export const AlertDialog = DialogPrimitive.Root;
export const AlertDialogTrigger = DialogPrimitive.Trigger;
export const AlertDialogHeader = DialogHeader;
export const AlertDialogFooter = DialogFooter;
export const AlertDialogTitle = DialogTitle;
export const AlertDialogDescription = DialogDescription;

export const AlertDialogContent = React.forwardRef<
  React.ComponentRef<typeof DialogPrimitive.Content>,
  React.ComponentPropsWithoutRef<typeof DialogPrimitive.Content>
>(function AlertDialogContent({ className, onPointerDownOutside, onCloseAutoFocus, ...props }, ref) {
  const returnFocus = useReturnFocus(onCloseAutoFocus);
  return (
    <DialogPortal>
      <DialogOverlay />
      <DialogPrimitive.Content
        ref={ref}
        role="alertdialog"
        onCloseAutoFocus={returnFocus}
        onPointerDownOutside={(e) => {
          e.preventDefault();
          onPointerDownOutside?.(e);
        }}
        className={cn(
          "fixed left-1/2 top-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4",
          "rounded-2xl border border-border bg-surface p-6 shadow-2xl data-[state=open]:animate-scale-in",
          className,
        )}
        {...props}
      />
    </DialogPortal>
  );
});

export function AlertDialogCancel({ children = "Cancel", ...props }: ButtonProps) {
  return (
    <DialogPrimitive.Close asChild>
      <Button variant="outline" {...props}>
        {children}
      </Button>
    </DialogPrimitive.Close>
  );
}

export function AlertDialogAction(props: ButtonProps) {
  return <Button {...props} />;
}
