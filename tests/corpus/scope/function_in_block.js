// let-style functions inside blocks; the function is usable in the block.
{
  function blockFn() {
    return "from block";
  }
  console.log(blockFn());
}
console.log(typeof blockFn);

function inner() {
  "use strict";
  {
    function strictBlockFn() {
      return 1;
    }
  }
  return typeof strictBlockFn;
}
console.log(inner());
