namespace BackOffice.E2E.Cases;

/// <summary>Addresses of the case pages (issue 13); the page objects live beside this file.</summary>
public static class CasePages
{
    public const string Queue = "cases";
}
