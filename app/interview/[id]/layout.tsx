/** The interview and its report share nothing but the route segment; each page draws its own frame. */
export default function InterviewLayout({ children }: { children: React.ReactNode }) {
  return children;
}
