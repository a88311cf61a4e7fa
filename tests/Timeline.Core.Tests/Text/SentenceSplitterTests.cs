using Timeline.Core.Text;

namespace Timeline.Core.Tests.Text;

/// <summary>Text → sentences, written joined by " ‖ "; paragraphs ("\n\n") always end a sentence.</summary>
public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    [Theory]
    // Plain endings.
    [InlineData("One. Two.", "One. ‖ Two.")]
    [InlineData("One! Two? Three.", "One! ‖ Two? ‖ Three.")]
    [InlineData("No final stop", "No final stop")]
    [InlineData("Ends here.  Then more.", "Ends here. ‖ Then more.")]
    [InlineData("Line one.\nLine two.", "Line one. ‖ Line two.")]
    [InlineData("It happened in 2019. 30 people died.", "It happened in 2019. ‖ 30 people died.")]
    [InlineData("Really?! Yes.", "Really?! ‖ Yes.")]
    // Abbreviations: titles never end a sentence.
    [InlineData("Dr. Ali spoke. He left.", "Dr. Ali spoke. ‖ He left.")]
    [InlineData("Gen. Mazloum Abdi said so.", "Gen. Mazloum Abdi said so.")]
    [InlineData("Lt. Col. Hassan led the unit.", "Lt. Col. Hassan led the unit.")]
    [InlineData("Maj. Gen. Ali and Capt. Omar arrived.", "Maj. Gen. Ali and Capt. Omar arrived.")]
    [InlineData("Mr. and Mrs. Smith came.", "Mr. and Mrs. Smith came.")]
    [InlineData("Prof. Khalil and Sgt. Yusuf met.", "Prof. Khalil and Sgt. Yusuf met.")]
    [InlineData("They visited St. George church.", "They visited St. George church.")]
    [InlineData("They climbed Mt. Sinjar at dawn.", "They climbed Mt. Sinjar at dawn.")]
    [InlineData("It was Resolution No. 2254 that mattered.", "It was Resolution No. 2254 that mattered.")]
    [InlineData("Iraq vs. Iran ended level.", "Iraq vs. Iran ended level.")]
    [InlineData("Sen. Graham and Rep. Wilson wrote.", "Sen. Graham and Rep. Wilson wrote.")]
    [InlineData("Gov. Ali spoke. Then he left.", "Gov. Ali spoke. ‖ Then he left.")]
    // Dotted abbreviations.
    [InlineData("The U.S. said no.", "The U.S. said no.")]
    [InlineData("U.S. forces left. They returned.", "U.S. forces left. ‖ They returned.")]
    [InlineData("The U.S. Army said so.", "The U.S. Army said so.")]
    [InlineData("The U.N. Security Council met.", "The U.N. Security Council met.")]
    [InlineData("Troops left the U.S. The war ended.", "Troops left the U.S. ‖ The war ended.")]
    [InlineData("U.S.-led forces struck.", "U.S.-led forces struck.")]
    [InlineData("Some, e.g. Iraq, agreed.", "Some, e.g. Iraq, agreed.")]
    [InlineData("Some, i.e. Iraq, agreed.", "Some, i.e. Iraq, agreed.")]
    [InlineData("Leaders of the E.U. Commission met.", "Leaders of the E.U. Commission met.")]
    [InlineData("He holds a Ph.D. He teaches.", "He holds a Ph.D. ‖ He teaches.")]
    // Times.
    [InlineData("It struck after 9 p.m. as shops were closing.", "It struck after 9 p.m. as shops were closing.")]
    [InlineData("It struck at 9 p.m. The shops closed.", "It struck at 9 p.m. ‖ The shops closed.")]
    [InlineData("It struck at 9 p.m. Sunday, officials said.", "It struck at 9 p.m. Sunday, officials said.")]
    [InlineData("It began at 6 a.m. local time.", "It began at 6 a.m. local time.")]
    // Month and weekday abbreviations.
    [InlineData("Work began on Aug. 7, when crews arrived.", "Work began on Aug. 7, when crews arrived.")]
    [InlineData("It happened on Sept. 11, 2001.", "It happened on Sept. 11, 2001.")]
    [InlineData("It opened on Jan. 5 and closed on Feb. 2.", "It opened on Jan. 5 and closed on Feb. 2.")]
    [InlineData("It ended in Dec. The new year began.", "It ended in Dec. ‖ The new year began.")]
    [InlineData("They met Wed. 14 May in Erbil.", "They met Wed. 14 May in Erbil.")]
    // Companies and suffixes.
    [InlineData("Acme Inc. said it would leave.", "Acme Inc. said it would leave.")]
    [InlineData("He sued Acme Inc. The case failed.", "He sued Acme Inc. ‖ The case failed.")]
    [InlineData("Acme Ltd. Baghdad office closed.", "Acme Ltd. Baghdad office closed.")]
    [InlineData("Martin Luther King Jr. Boulevard is long.", "Martin Luther King Jr. Boulevard is long.")]
    [InlineData("Guns, tanks, etc. were seized.", "Guns, tanks, etc. were seized.")]
    [InlineData("Guns, tanks etc. The list grew.", "Guns, tanks etc. ‖ The list grew.")]
    // Initials.
    [InlineData("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    [InlineData("George W. Bush visited Baghdad.", "George W. Bush visited Baghdad.")]
    [InlineData("A letter from H. Ali arrived.", "A letter from H. Ali arrived.")]
    [InlineData("He chose plan B. The others agreed.", "He chose plan B. ‖ The others agreed.")]
    // Numbers.
    [InlineData("About 10,000 fighters are held.", "About 10,000 fighters are held.")]
    [InlineData("Growth was 2.5 percent. Prices rose.", "Growth was 2.5 percent. ‖ Prices rose.")]
    [InlineData("It cost $1.5 million. Donors paid.", "It cost $1.5 million. ‖ Donors paid.")]
    [InlineData("Version 3.2.1 shipped.", "Version 3.2.1 shipped.")]
    [InlineData("Between 2,500 and 3,000 remain.", "Between 2,500 and 3,000 remain.")]
    [InlineData("See example.com for details.", "See example.com for details.")]
    // Quotes.
    [InlineData("He said \"Al-Hol camp must be emptied.\" In January, parliament voted.", "He said \"Al-Hol camp must be emptied.\" ‖ In January, parliament voted.")]
    [InlineData("He said “it must be emptied.” In January, parliament voted.", "He said “it must be emptied.” ‖ In January, parliament voted.")]
    [InlineData("“We will return,” he said. “Soon.”", "“We will return,” he said. ‖ “Soon.”")]
    [InlineData("“Will you return?” he asked. She nodded.", "“Will you return?” he asked. ‖ She nodded.")]
    [InlineData("“Go!” they shouted. Then silence.", "“Go!” they shouted. ‖ Then silence.")]
    [InlineData("He left. “Why?” she asked.", "He left. ‖ “Why?” she asked.")]
    [InlineData("They called it 'over.' Nobody agreed.", "They called it 'over.' ‖ Nobody agreed.")]
    [InlineData("It said ‘enough.’ Then it stopped.", "It said ‘enough.’ ‖ Then it stopped.")]
    // Brackets.
    [InlineData("It ended (finally.) Then peace.", "It ended (finally.) ‖ Then peace.")]
    [InlineData("He left. (Officials confirmed it.) Then calm.", "He left. ‖ (Officials confirmed it.) ‖ Then calm.")]
    [InlineData("[Iraqi] Prime Minister Sudani spoke. He left.", "[Iraqi] Prime Minister Sudani spoke. ‖ He left.")]
    [InlineData("The group (known as ISIS) struck.", "The group (known as ISIS) struck.")]
    // Ellipses.
    [InlineData("Return of ISIS … as well as prisons.", "Return of ISIS … as well as prisons.")]
    [InlineData("Return of ISIS ... as well as prisons.", "Return of ISIS ... as well as prisons.")]
    [InlineData("He paused... Then he left.", "He paused... ‖ Then he left.")]
    [InlineData("He paused… Then he left.", "He paused… ‖ Then he left.")]
    [InlineData("“We wait …” The crowd left.", "“We wait …” ‖ The crowd left.")]
    // Lowercase after a stop never breaks.
    [InlineData("It was the end. and then nothing.", "It was the end. and then nothing.")]
    [InlineData("Is it over? no one knows.", "Is it over? no one knows.")]
    // Caseless scripts and digits start sentences.
    [InlineData("He said it. قال ذلك.", "He said it. ‖ قال ذلك.")]
    [InlineData("Prices rose. 2024 was hard.", "Prices rose. ‖ 2024 was hard.")]
    // Punctuation that is not a sentence end.
    [InlineData("Iraq – Syria border: closed; reopened.", "Iraq – Syria border: closed; reopened.")]
    [InlineData("Iraq.Syria", "Iraq.Syria")]
    [InlineData("Done. — Next part.", "Done. — Next part.")]
    // Whitespace.
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData("  Leading and trailing.  ", "Leading and trailing.")]
    public void Split_Text_FindsSentences(string text, string expected)
    {
        var sentences = Splitter.Split(text);
        Assert.Equal(expected, string.Join(" ‖ ", sentences.Select(s => s.Text)));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
    }

    [Theory]
    [InlineData("One. Two.\n\nThree.", "0 0 1")]
    [InlineData("One\n\nTwo", "0 1")]
    [InlineData("One without stop\n\nTwo.", "0 1")]
    [InlineData("One.\n \nTwo.", "0 1")]
    [InlineData("One.\n\n\n\nTwo.", "0 1")]
    [InlineData("\n\nOne.\n\n", "0")]
    [InlineData("Dr.\n\nAli spoke.", "0 1")]
    [InlineData("He said “go\n\non” loudly.", "0 1")]
    [InlineData("One.\nTwo.\n\nThree. Four.\n\nFive", "0 0 1 1 2")]
    public void Split_Paragraphs_NumberSentencesAndNeverSpan(string text, string paragraphs) =>
        Assert.Equal(paragraphs, string.Join(' ', Splitter.Split(text).Select(s => s.Paragraph)));

    [Theory]
    [InlineData("One. Two.", "0-4 5-9")]
    [InlineData("  One.   Two.  ", "2-6 9-13")]
    [InlineData("One.\n\nTwo.", "0-4 6-10")]
    [InlineData("“Go.” Now.", "0-5 6-10")]
    public void Split_Text_OffsetsAreTrimmedSpans(string text, string spans) =>
        Assert.Equal(spans, string.Join(' ', Splitter.Split(text).Select(s => $"{s.Start}-{s.End}")));
}
