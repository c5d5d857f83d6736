namespace CoSo.Core.Common;

/// <summary>Input broke a rule; mapped once, centrally, to a 400 ProblemDetails with field-level messages.</summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(IReadOnlyList<FieldError> errors)
        : base("Validation failed: " + string.Join(", ", errors.Select(e => e.Field + ":" + e.Code)))
    {
        Errors = errors;
    }

    public DomainValidationException(string field, string code, params object?[] args)
        : this([new FieldError(field, code, args)])
    {
    }

    public DomainValidationException()
        : this([])
    {
    }

    public DomainValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<FieldError> Errors { get; }
}
