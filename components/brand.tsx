import Link from "next/link";
import { cn } from "@/components/ui/utils";

export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={cn("size-7 shrink-0", className)} aria-hidden>
      <defs>
        <linearGradient id="ic-brand" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#0066FF" />
          <stop offset="1" stopColor="#7C3AED" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill="url(#ic-brand)" />
      <path
        d="M11 11l-5 5 5 5M21 11l5 5-5 5M18 9l-4 14"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Brand({ href = "/problems", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn("inline-flex items-center gap-2 rounded-md font-semibold tracking-tight text-foreground", className)}
    >
      <BrandMark />
      <span>Interview Coach</span>
    </Link>
  );
}
