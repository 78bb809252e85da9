// Page objects of every workflow and the platform helpers.
global using BackOffice.E2E.Audit;
global using BackOffice.E2E.CardIntake;
global using BackOffice.E2E.Deduction;
global using BackOffice.E2E.Holidays;
global using BackOffice.E2E.Home;
global using BackOffice.E2E.Jobs;
global using BackOffice.E2E.Ledger;
global using BackOffice.E2E.LostCards;
global using BackOffice.E2E.MemberLifecycle;
global using BackOffice.E2E.Members;
global using BackOffice.E2E.Platform;
global using BackOffice.E2E.Programs;
global using BackOffice.E2E.Refunds;
global using BackOffice.E2E.Reissue;
global using BackOffice.E2E.SignIn;
global using BackOffice.E2E.Staff;
