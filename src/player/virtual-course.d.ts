declare module 'virtual:courseloom/course' {
  const bundle: import('../model/course-bundle.ts').CourseBundle;
  export default bundle;
}
