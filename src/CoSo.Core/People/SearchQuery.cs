namespace CoSo.Core.People;

/// <summary>How a search box's text is read: a 12-digit CCCD, a BHYT card (15 chars or its 10-digit number), a phone, or a name.</summary>
public sealed record SearchQuery(SearchKind Kind, string Value)
{
    public static SearchQuery Parse(string text)
    {
        var trimmed = text.Trim();
        var compact = trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 12 && compact.All(char.IsAsciiDigit))
        {
            return new SearchQuery(SearchKind.Cccd, compact);
        }

        var upper = compact.ToUpperInvariant();
        if (BhytCard.IsWellFormed(upper))
        {
            return new SearchQuery(SearchKind.Bhyt, upper);
        }

        if (compact.Length == 10 && compact.All(char.IsAsciiDigit))
        {
            // Ten digits: a phone number or the social-insurance number printed on the new cards (both may start with 0).
            return new SearchQuery(SearchKind.PhoneOrSocialInsuranceNumber, compact);
        }

        return new SearchQuery(SearchKind.Name, Common.TextFolding.Fold(trimmed));
    }
}
