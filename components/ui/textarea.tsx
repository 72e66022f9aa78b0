import * as React from "react";
import { cn } from "./utils";
import { fieldClasses } from "./input";

export const Textarea = React.forwardRef<HTMLTextAreaElement, React.TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function Textarea({ className, ...props }, ref) {
    return <textarea ref={ref} className={cn(fieldClasses, "min-h-20 py-2 leading-relaxed", className)} {...props} />;
  },
);
