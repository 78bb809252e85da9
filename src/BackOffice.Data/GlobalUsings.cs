// Every workflow folder and the platform are one namespace each; the project sees them all.
global using BackOffice.Data.CardIntake;
global using BackOffice.Data.LostCards;
global using BackOffice.Data.Platform.Audit;
global using BackOffice.Data.Platform.Calendar;
global using BackOffice.Data.Platform.Cards;
global using BackOffice.Data.Platform.Ledger;
global using BackOffice.Data.Platform.Members;
global using BackOffice.Data.Platform.Numbers;
global using BackOffice.Data.Platform.Permissions;
global using BackOffice.Data.Platform.Persistence;
global using BackOffice.Data.Platform.Programs;
global using BackOffice.Data.Platform.Staff;
global using BackOffice.Data.Platform.Time;
global using BackOffice.Data.Refunds;
global using BackOffice.Data.Reissue;
