declare interface IPlanSubmissionsWebPartStrings {
  Title: string;
  Intro: string;
  Welcome: string;
  NothingYet: string;
}

declare module 'PlanSubmissionsWebPartStrings' {
  const strings: IPlanSubmissionsWebPartStrings;
  export = strings;
}
