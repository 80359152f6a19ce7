namespace ThiDuaBot.Cards;

/// <summary>
/// Every sentence the bot says, in one language. <see cref="Vi"/> is the reference text; <see cref="En"/>
/// must hold the same keys. Builders take a <see cref="Strings"/> so a card never mixes languages.
/// </summary>
public sealed record Strings
{
    public required Language Language { get; init; }
    public required string BotName { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpIntro { get; init; }
    public required string HelpCommandsHeading { get; init; }
    public required string HelpTypingTip { get; init; }
    public required string HelpChannelTip { get; init; }
    public required string HelpCommandWord { get; init; }
    public required string HelpCommandDescription { get; init; }
    /// <summary>Answer to text the bot does not understand. {0} is what the person typed.</summary>
    public required string UnknownCommand { get; init; }
    /// <summary>Welcome posted in a team channel when the bot is added. {0} is the team name.</summary>
    public required string TeamWelcome { get; init; }
    public required string TeamWelcomeNoName { get; init; }
    /// <summary>Welcome sent in a personal chat when the bot is installed for a person. {0} is the name.</summary>
    public required string PersonalWelcome { get; init; }
    public required string PersonalWelcomeNoName { get; init; }
    public required string UnknownCardAction { get; init; }
    public required string SomethingWentWrong { get; init; }

    public static Strings For(Language language) => language == Language.English ? En : Vi;

    public static readonly Strings Vi = new()
    {
        Language = Language.Vietnamese,
        BotName = "ThiDuaBot",
        HelpTitle = "ThiDuaBot — Trợ lý phong trào thi đua",
        HelpIntro = "Tôi giúp cơ quan tổ chức phong trào thi đua ngay trên Teams: đăng ký thi đua, báo cáo tiến độ hằng tháng, "
            + "tổng hợp cho Hội đồng Thi đua-Khen thưởng, bình xét và khen thưởng. "
            + "Khi có việc cần làm, tôi sẽ gửi thẻ đến bạn trong cuộc trò chuyện này.",
        HelpCommandsHeading = "Các lệnh bạn có thể gõ",
        HelpTypingTip = "Gõ có dấu hay không dấu, chữ hoa hay chữ thường đều được (ví dụ: “trợ giúp”, “tro giup”).",
        HelpChannelTip = "Trong kênh của nhóm, hãy nhắc tên tôi (@ThiDuaBot) trước lệnh.",
        HelpCommandWord = "trợ giúp",
        HelpCommandDescription = "Xem hướng dẫn này.",
        UnknownCommand = "Tôi chưa hiểu “{0}”. Gõ **trợ giúp** để xem các lệnh tôi làm được.",
        TeamWelcome = "Xin chào các thành viên nhóm **{0}**! ThiDuaBot — trợ lý phong trào thi đua — đã được thêm vào nhóm. "
            + "Thư ký Hội đồng Thi đua-Khen thưởng có thể chọn kênh này để nhận bản tổng hợp thi đua. "
            + "Nhắc tên tôi kèm **trợ giúp** để xem hướng dẫn.",
        TeamWelcomeNoName = "Xin chào! ThiDuaBot — trợ lý phong trào thi đua — đã được thêm vào nhóm. "
            + "Thư ký Hội đồng Thi đua-Khen thưởng có thể chọn kênh này để nhận bản tổng hợp thi đua. "
            + "Nhắc tên tôi kèm **trợ giúp** để xem hướng dẫn.",
        PersonalWelcome = "Xin chào {0}! Tôi là ThiDuaBot, trợ lý phong trào thi đua của cơ quan. "
            + "Tôi sẽ gửi đến bạn thẻ đăng ký thi đua, thẻ báo cáo tiến độ hằng tháng và các thông báo liên quan ngay tại đây. "
            + "Gõ **trợ giúp** bất cứ lúc nào để xem hướng dẫn.",
        PersonalWelcomeNoName = "Xin chào! Tôi là ThiDuaBot, trợ lý phong trào thi đua của cơ quan. "
            + "Tôi sẽ gửi đến bạn thẻ đăng ký thi đua, thẻ báo cáo tiến độ hằng tháng và các thông báo liên quan ngay tại đây. "
            + "Gõ **trợ giúp** bất cứ lúc nào để xem hướng dẫn.",
        UnknownCardAction = "Thẻ này không còn dùng được. Gõ **trợ giúp** để xem các lệnh hiện có.",
        SomethingWentWrong = "Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút.",
    };

    public static readonly Strings En = new()
    {
        Language = Language.English,
        BotName = "ThiDuaBot",
        HelpTitle = "ThiDuaBot — your emulation campaign assistant",
        HelpIntro = "I help your organisation run its emulation campaign (phong trào thi đua) in Teams: pledges, monthly progress reports, "
            + "digests for the Emulation and Commendation Council, the council vote and awards. "
            + "When there is something for you to do, I will send you a card in this chat.",
        HelpCommandsHeading = "Commands you can type",
        HelpTypingTip = "Upper or lower case, with or without Vietnamese diacritics: all work (for example “help”, “trợ giúp”, “tro giup”).",
        HelpChannelTip = "In a team channel, @mention me (@ThiDuaBot) before the command.",
        HelpCommandWord = "help",
        HelpCommandDescription = "Show this guide.",
        UnknownCommand = "Sorry, I didn't understand “{0}”. Type **help** to see what I can do.",
        TeamWelcome = "Hello, members of **{0}**! ThiDuaBot, the emulation campaign assistant, has been added to this team. "
            + "The council secretary can choose this channel to receive the campaign digests. "
            + "@mention me with **help** to see the guide.",
        TeamWelcomeNoName = "Hello! ThiDuaBot, the emulation campaign assistant, has been added to this team. "
            + "The council secretary can choose this channel to receive the campaign digests. "
            + "@mention me with **help** to see the guide.",
        PersonalWelcome = "Hello {0}! I'm ThiDuaBot, your organisation's emulation campaign assistant. "
            + "I'll send you your pledge card, your monthly progress card and related notices right here. "
            + "Type **help** at any time to see the guide.",
        PersonalWelcomeNoName = "Hello! I'm ThiDuaBot, your organisation's emulation campaign assistant. "
            + "I'll send you your pledge card, your monthly progress card and related notices right here. "
            + "Type **help** at any time to see the guide.",
        UnknownCardAction = "This card can no longer be used. Type **help** to see the available commands.",
        SomethingWentWrong = "Sorry, something went wrong while handling your request. Please try again in a few minutes.",
    };
}
