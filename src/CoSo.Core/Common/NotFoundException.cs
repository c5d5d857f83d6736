namespace CoSo.Core.Common;

/// <summary>The thing does not exist or is outside the user's scope (deliberately indistinguishable); mapped to 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("Not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
