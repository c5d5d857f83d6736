namespace CoSo.Core.Common;

/// <summary>
/// The actor sees the thing but may not do this to it (a regional centre approving a self-assessment); mapped to 403
/// with the message <see cref="Code"/>. Things outside the actor's scope stay <see cref="NotFoundException"/>.
/// </summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : this("forbidden")
    {
    }

    public ForbiddenException(string code)
        : base(code) => Code = code;

    public ForbiddenException(string code, Exception innerException)
        : base(code, innerException) => Code = code;

    public string Code { get; }
}
