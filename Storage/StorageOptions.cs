using System.ComponentModel.DataAnnotations;

namespace ThiDuaBot.Storage;

/// <summary>Where the tables live. Bound from <c>ConnectionStrings:Storage</c> and the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    /// <summary>Azure Storage connection string; <c>UseDevelopmentStorage=true</c> means Azurite on its default ports.</summary>
    [Required]
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table name, so several deployments (or tests) can share one account. Letters and digits only.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,19}$|^$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 20 letters and digits.")]
    public string TablePrefix { get; set; } = "";
}
