namespace Dyad.Storage;

/// <summary>The store cannot be used: not a Dyad database, a newer schema, a file that cannot be opened.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
