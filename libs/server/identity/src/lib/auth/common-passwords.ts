/**
 * Frequently used passwords from well-known public lists (English and Dutch), lower-cased. A
 * password is refused when it is one of these, or one of these followed by digits and symbols
 * ("Welkom2026!", "password123456"); see password.policy.ts.
 */
// One whitespace-separated list keeps this data file short and easy to extend.
const LIST = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 pussy superman 1qaz2wsx 7777777 fuckyou 121212 000000 qazwsx 123qwe killer
trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger
sunshine iloveyou fuckme 2000 charlie robert thomas hockey ranger daniel starwars klaster
112233 george asshole computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313
freedom 777777 pass fuck maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love
ashley 6969 nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor
matrix william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm hammer
silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange
11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky
snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar
monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple
hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis
999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever
johnny edward 333333 oliver redsox player nikita knight fender barney midnight please brandy
chicago badboy slayer rangers charles angel flower bigdaddy rabbit wizard bigdick jasper enter
rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince panties
marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf
crystal 87654321 12344321 golden 8675309 blowme sexy 123abc zaq12wsx welcome1 password1
password123 passw0rd p@ssw0rd p@ssword qwerty123 qwerty1 iloveyou1 abc12345 admin admin123
administrator root toor changeme letmein1 welcome123 monkey123 dragon123 football1 baseball1
sunshine1 princess1 master123 login guest user default secret123 test123 test1234 1q2w3e
1q2w3e4r5t 1q2w3e4r5t6y zaq1zaq1 qazwsxedc 1qazxsw2 asdf1234 asdfghjkl zxcvbnm123 qwertyui
123qweasd qweasdzxc 123456a 123456q a123456 aa123456 abcd1234 1234abcd abcdef abcdefg abcdefgh
12341234 11223344 123654789 147258369 159357 741852963 password12 password1234 password12345
password123456 passwordpassword qwertyqwerty 123456123456 123456789012 1234567890123
12345678910 qwertyuiop123 qwerty123456 iloveyou123 welkom welkom01 welkom1 welkom123 welkom2024
welkom2025 welkom2026 wachtwoord wachtwoord1 wachtwoord01 wachtwoord123 geheim geheim123
voorjaar zomer2024 zomer2025 zomer2026 winter2024 winter2025 winter2026 lente2025 herfst2025
amsterdam rotterdam utrecht denhaag eindhoven groningen nederland holland ajax feyenoord psv
oranje gemeente gemeente01 gemeente123 voorbeeld inspraak inspraak123 inspraak2026 hallo
hallo123 hoi123 kaas fiets voetbal schatje liefde vakantie januari februari maart april mei
juni juli augustus september oktober november december maandag dinsdag woensdag donderdag
vrijdag zaterdag zondag summer2024 summer2025 summer2026 spring2025 autumn2025 fall2025
january2025 company company123 office office123 letmein123 starwars1 superman1 batman1 pokemon
minecraft fortnite roblox liverpool chelsea1 arsenal1 manchester barcelona realmadrid juventus
football123 soccer123 basketball hockey1 dolphin dolphins lovely loveme love123 iloveu babygirl
baby123 angel1 angels jesus jesus1 christ blessed god godisgood heaven 1234561 7654321
0987654321 098765 qwert asdf zxcv asdfg zxcvb 1qaz 2wsx qwe123 123asd asd123 zxc123 123zxc
1a2b3c 1a2b3c4d a1b2c3 a1b2c3d4 aaaaaaaa aaaaaaaaaaaa abcabc abcabc123 111222 112211 121314
123123a 123321a 141414 151515 161616 171717 181818 191919 202020 212121 252525 12qwaszx
1qaz2wsx3edc qweasd qweqwe qwerasdf qwertz qwertz123 azerty azerty123 hallo1234 test12345
testtest demo demo123 sample temp temp123 temporary nopassword nothing none blank private
public security secure secure123 shadow1 silver1 golden1 ranger1 tiger tiger123 lion eagle
eagle1 falcon1 hawk viper cobra dragon1 dragons wolf wolves bear bears shark sharks killer1
ninja samurai warrior hunter1 hunter2 shadow123 matrix1 neo morpheus pepper1 ginger1 cookie1
cheese1 butter bubbles buttercup flowers sunflower rainbow unicorn butterfly cherry strawberry
apple banana1 orange1 lemon mango pineapple chocolate candy sugar honey sweet sweetie
sweetheart cutie beautiful pretty gorgeous handsome sexy1 hottie lover lovers kisses forever1
friends friend bestfriend family mommy daddy mother1 father sister brother michael1 jennifer1
jessica1 ashley1 amanda1 daniel1 joshua1 andrew1 matthew1 david david1 james1 john john1
robert1 william1 richard1 thomas1 charles1 joseph1 christopher anthony1 mark paul steven1 kevin
brian george1 edward1 ronald timothy jason jeffrey ryan jacob gary nicholas eric stephen
jonathan larry justin1 scott frank benjamin gregory samuel raymond patrick1 alexander jack
dennis jerry tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl arthur
gerald roger keith jeremy lawrence sean christian albert joe ethan austin1 jesse willie billy
bryan bruce ralph roy jordan1 eugene wayne alan juan louis russell gabriel randy philip harry
vincent bobby johnny1 logan
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
