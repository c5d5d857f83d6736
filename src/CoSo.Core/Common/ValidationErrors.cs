namespace CoSo.Core.Common;

/// <summary>Collects field errors (which reject the input) and warnings (accepted but flagged).</summary>
public sealed class ValidationErrors
{
    private readonly List<FieldError> _errors = [];
    private readonly List<FieldError> _warnings = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public IReadOnlyList<FieldError> Warnings => _warnings;

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string code, params object?[] args) => _errors.Add(new FieldError(field, code, args));

    public void Warn(string field, string code, params object?[] args) => _warnings.Add(new FieldError(field, code, args));

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DomainValidationException(_errors);
        }
    }
}
