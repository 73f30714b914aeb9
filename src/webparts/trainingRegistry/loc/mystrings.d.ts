declare interface ITrainingRegistryWebPartStrings {
  Title: string;
  Intro: string;
  Welcome: string;
  NothingYet: string;
}

declare module 'TrainingRegistryWebPartStrings' {
  const strings: ITrainingRegistryWebPartStrings;
  export = strings;
}
