using Microsoft.AspNetCore.Components;

namespace BackOffice.Web.Features.Members;

/// <summary>
/// Keeps phone and card-number searches out of the address bar, the browser history and the access logs: the value
/// travels over the circuit and stays here, in the circuit's memory (one per signed-in tab), while the address shows
/// only the kind of search (<c>/members?kind=Phone</c>). The back button from a member page finds the search again
/// here. Member numbers and names still go in the address so such searches can be bookmarked.
/// </summary>
public sealed class MemberSearchMemory
{
    public MemberSearchCriteria? Last { get; private set; }

    /// <summary>Searches whose value must never appear in a URL.</summary>
    public static bool KeepOutOfAddress(MemberSearchKind kind) =>
        kind is MemberSearchKind.CardNumber or MemberSearchKind.Phone or MemberSearchKind.CardLast4AndName;

    /// <summary>Remembers a personal-data search and returns the address to show for it (the kind only).</summary>
    public string Remember(NavigationManager navigation, MemberSearchCriteria criteria)
    {
        var inAddress = !KeepOutOfAddress(criteria.Kind);
        if (!inAddress) Last = criteria;
        return navigation.GetUriWithQueryParameters("members", new Dictionary<string, object?>
        {
            ["kind"] = criteria.Kind.ToString(),
            ["q"] = inAddress ? criteria.Value : null,
            ["name"] = inAddress ? criteria.Name : null,
        });
    }

    /// <summary>The remembered search of this kind, if any.</summary>
    public MemberSearchCriteria? Recall(MemberSearchKind kind) => Last is { } last && last.Kind == kind ? last : null;
}
