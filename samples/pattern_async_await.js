// Title: async/await with a closure
// Group: Patterns
// Summary: An async function returned from makeLoader pauses at await and resumes later with the same backpack (cache, requests).
// Watch: makeLoader('server') creates an execution context whose Local Memory holds source, cache = {} and requests = 0; load keeps them in its backpack ([[scope]]).
// Watch: At each await, load's execution context is suspended and leaves the call stack; when the timer fires it resumes with its Local Memory intact.
// Watch: The second load('apple') is answered from the cache in the backpack, without waiting.

function delay(ms) {
  return new Promise(function (resolve) { setTimeout(resolve, ms); });
}

function makeLoader(source) {
  const cache = {};  // shared by every call of load
  let requests = 0;

  return async function load(key) {
    if (key in cache) {
      return cache[key] + ' (cached)';
    }
    requests += 1;
    console.log('fetching ' + key + ' from ' + source + ', request #' + requests);
    await delay(10); // suspended here...
    cache[key] = key.toUpperCase(); // ...resumed here, same backpack
    return cache[key];
  };
}

const load = makeLoader('server');

async function main() {
  console.log(await load('apple'));
  console.log(await load('pear'));
  console.log(await load('apple'));
}

main().then(function () { console.log('done'); });
console.log('main() is waiting; the script goes on');
