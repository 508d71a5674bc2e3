// Title: Callbacks keep state across asynchronous steps
// Group: Patterns
// Summary: Each timer callback runs long after download() has returned, yet it still finds received and fileName in its backpack.
// Watch: download('notes.txt', 2, ...) creates an execution context whose Local Memory holds fileName, chunks, onDone, received and receiveChunk.
// Watch: download returns at once, but the pending timer holds receiveChunk, and receiveChunk's backpack ([[scope]]) keeps that Local Memory alive.
// Watch: The two downloads have two separate backpacks, so their received counts never mix. Watch the timer queue too.

function download(fileName, chunks, onDone) {
  let received = 0; // survives between timer callbacks, in the backpack

  function receiveChunk() {
    received += 1;
    console.log(fileName + ': chunk ' + received + ' of ' + chunks);
    if (received < chunks) {
      setTimeout(receiveChunk, 10); // next step, same backpack
    } else {
      onDone(fileName);
    }
  }

  setTimeout(receiveChunk, 10);
  console.log(fileName + ': download scheduled');
}

function finished(name) {
  console.log(name + ': finished');
}

download('notes.txt', 2, finished);
download('photo.png', 3, finished);
console.log('the main script has finished; the timers have not');
