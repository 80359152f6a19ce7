using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ThiDuaBot.Storage;

/// <summary>
/// Hands out one <see cref="QueueClient"/> per logical queue, in the same storage account as the tables. The table
/// prefix applies too, lower-cased and joined with a hyphen, since queue names allow only lower-case letters, digits
/// and single hyphens.
/// </summary>
public sealed class Queues
{
    private readonly QueueServiceClient _service;
    private readonly string _prefix;

    public Queues(IOptions<StorageOptions> options)
        : this(new QueueServiceClient(options.Value.ConnectionString), options.Value.TablePrefix)
    {
    }

    public Queues(QueueServiceClient service, string prefix)
    {
        _service = service;
        _prefix = string.IsNullOrEmpty(prefix) ? "" : prefix.ToLowerInvariant() + "-";
    }

    public QueueClient Get(string logicalName) => _service.GetQueueClient(_prefix + logicalName);
}
