function(){
  return ++count;
};
