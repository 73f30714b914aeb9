declare interface IPracticeFeedWebPartStrings {
  Title: string;
  Intro: string;
  Welcome: string;
  NothingYet: string;
}

declare module 'PracticeFeedWebPartStrings' {
  const strings: IPracticeFeedWebPartStrings;
  export = strings;
}
