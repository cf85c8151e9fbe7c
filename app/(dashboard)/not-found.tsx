import { NotFoundMessage } from '@/components/states/not-found-message';

/** A page of the shell called notFound(): the message inside the shell, with its navigation. */
export default function DashboardNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <NotFoundMessage />
    </div>
  );
}
