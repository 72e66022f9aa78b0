import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./utils";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium leading-5 [&_svg]:size-3",
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary-soft text-primary-text",
        secondary: "border-transparent bg-secondary-soft text-secondary dark:text-violet-300",
        success: "border-transparent bg-success-soft text-emerald-700 dark:text-emerald-300",
        warning: "border-transparent bg-warning-soft text-amber-700 dark:text-amber-300",
        error: "border-transparent bg-error-soft text-red-700 dark:text-red-300",
        outline: "border-border bg-transparent text-muted-foreground",
        muted: "border-transparent bg-surface-muted text-muted-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export interface BadgeProps extends React.HTMLAttributes<HTMLSpanElement>, VariantProps<typeof badgeVariants> {}

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
