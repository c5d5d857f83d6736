namespace CoSo.Core.Surveillance.Ears;

/// <summary>The input series could not be read; <see cref="LineNumber"/> is 1-based, 0 when not tied to a line.</summary>
public sealed class EarsInputException : Exception
{
    public EarsInputException()
    {
    }

    public EarsInputException(string message)
        : base(message)
    {
    }

    public EarsInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EarsInputException(string message, int lineNumber)
        : base(lineNumber > 0 ? $"line {lineNumber}: {message}" : message)
    {
        LineNumber = lineNumber;
    }

    public int LineNumber { get; }
}
