// The tests' own namespaces; the portal's are in PortalUsings.cs.
global using BackOffice.Tests.Audit;
global using BackOffice.Tests.CardIntake;
global using BackOffice.Tests.Cases;
global using BackOffice.Tests.Deduction;
global using BackOffice.Tests.Delivery;
global using BackOffice.Tests.Holidays;
global using BackOffice.Tests.Ledger;
global using BackOffice.Tests.LostCards;
global using BackOffice.Tests.Members;
global using BackOffice.Tests.MultiProcess;
global using BackOffice.Tests.Platform;
global using BackOffice.Tests.Programs;
global using BackOffice.Tests.Property;
global using BackOffice.Tests.Refunds;
global using BackOffice.Tests.Reissue;
global using BackOffice.Tests.Staff;
global using BackOffice.Tests.Statements;
