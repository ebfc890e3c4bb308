import { useEffect, useState } from 'preact/hooks';

/** An image in a paste, unless it is text pasted into the text box (the text wins there). */
function pastedImage(event: ClipboardEvent): File | undefined {
  const data = event.clipboardData;
  if (!data) return undefined;
  const file = [...data.files].find((candidate) => candidate.type.startsWith('image/'));
  const intoTextBox = event.target instanceof HTMLTextAreaElement && data.types.includes('text/plain');
  return intoTextBox ? undefined : file;
}

/**
 * Images that arrive without a button: pasted anywhere in the page (Ctrl/Cmd+V) or dropped
 * on the returned drop zone's handlers. `dragging` says when to show the drop hint.
 */
export function useImageArrival(onImage: (file: File) => void) {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = pastedImage(event);
      if (!file) return;
      event.preventDefault();
      onImage(file);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onImage]);

  const dropZone = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      const zone = event.currentTarget as Node;
      if (!(event.relatedTarget instanceof Node) || !zone.contains(event.relatedTarget)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      onImage(file);
    },
  };

  return { dragging, dropZone };
}
