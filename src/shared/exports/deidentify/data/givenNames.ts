/**
 * Given names and the diminutives people use for them, in Spanish and English, folded as `fold`
 * folds (lower case, no accents: "Coté" is "cote", "Feña" is "fena"). The name warnings use them to
 * doubt a capitalised word that is also an ordinary word ("Rosario", "Paz", "Will", "Hope").
 *
 * Source: compiled for Alianza, same licence as the project. Spanish: the names most registered
 * in Chile over the last sixty years (older rural names such as Segundo, Rosamel or Nibaldo; the
 * English-looking names common since the 1990s such as Brayan, Yerko or Scarlett; Mapuche and
 * Andean names such as Millaray, Ayelén, Nahuel or Rayén), names common in Spain and the rest of
 * Latin America, and their usual diminutives and nicknames (Coté, Pancho, Feña, Chelo, Lucho).
 * English: common US and UK given names of the last century and their nicknames (Chuck, Bobby,
 * Kathy). Names that are mostly a place, a title, a surname or a word of their own (Paris, Don,
 * Cruz, Reyes, Una) are left out on purpose. Months and weekdays that are also names (April, May,
 * June, August, Abril, Julio, Domingo) are in the lists: see `calendarWords` and
 * `monthUsedAsName` for telling a name from a date.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word !== '');

/** Spanish given names. */
export const spanishGivenNames: readonly string[] = words(`
aaron abby abdias abdiel abdon abel abelardo abigail abraham abril abundio acacia acacio ada adalberto
adalgisa adalid adamaris adan adela adelaida adelfa adelina adelmo adolfo adonay adonis adoracion adrian
adriana adriano agapito agar agata aglae agostina agripina agueda agustin agustina agustino aida aileen ailen
ailin ailyn ainara ainhoa ainoa aitana aitor alamiro alan alana alba albano albertina alberto albina albino
alcibiades alcides alcira aldair aldana aldemar aldo aldrin aleida aleix alejandra alejandrina alejandro alejo
aleli alessandra alessandro alessia alex alexa alexander alexandra alexia alexis alfonsina alfonsino alfonso
alfredo alicia alida alina alirio aliro alison alitza allison alma almendra almiro almudena alondra alonso
altagracia alvaro alvino alyson amada amadeo amado amador amaia amalia amalin amancay amancio amanda amankay
amaranta amaro amaru amaya ambar ambrosio amelia americo amilcar amira amos amparito amparo anabel anabela
anabella anacleto anahi anais anali analia anamaria anastacia anastasia anastasio anatolio anderson andrea
andreina andres andreu angel angela angeles angelica angelina angelita anibal aniceto aniol anita anny anselmo
antenor anthony antonela antonella antonia antonieta antonio antony antu anunciacion anyela apolinar aquiles
araceli aracelis aracely arantxa arantza arcadio areli arely argelio ariadna ariadne arian ariana arianna
ariel ariela aristides aristoteles arleth arlette armando armida armin arminda arnaldo arnau arnoldo
arquimedes arsenia arsenio artemisa arturo ascension ashly asier astrid asuncion atanasio atenea atilio aucan
audito augusto aukan aura aurelia aurelio aurora auxiliadora avelino axa axel ayelen ayinhue ayla aylan ayleen
aylen aylin ayrton azucena azul bairon baldomero baltasar baltazar barbara bartolina bartolome basilia basilio
bastian bautista bayron beatris beatriz begona belarmino belen belinda belisario belkis benedicta benedicto
benicio benigno benilde benito benjamin berenice bernabe bernarda bernardette bernardino bernardita bernardo
berta bertila betania betsabe betsy betty betzabe bianca bibiana biel bienvenido blanca blas blasa bonifacio
boris borja brallan branco brandon braulio brayan brenda brian brianna brigida brisa briseida britney brittany
brunella brunilda bruno bryan buenaventura byron calixto camelia camila camille camilo candela candelaria
candelario candida candido candy caridad carina carla carlos carlota carmela carmelita carmelo carmen carmenza
carmina carola carolina casandra casiano casilda casimira casimiro catalina catarina catherine catia catina
caupolican cayetana cayetano cecilia cecilio ceferino celedonia celedonio celeste celestina celestino celia
celina celinda celmira celso cesar chantal chiara christian christopher cielo cindy cinthia cinthya cintia
cipriana cipriano cirilo ciro clara claribel clarisa clarita claudia claudio clemencia clemente clementina
clodoaldo clodomiro clorinda clotilde colomba concepcion conchita conrado constantino constanza consuelo coral
corina cornelia cornelio cosme crescencia crisostomo crispin crispulo cristal cristhian cristian cristina
cristobal cristofer cristopher crystal cuauhtemoc custodio cynthia dafna dafne dagoberto dairo daisy dalia
dalmiro damaris damaso damian damiana dana danae dania daniel daniela danila danitza danna dante dario darwin
david dayana dayanna debora deisy delfin delfina delia delma delmira demetrio denis denise denisse dennis
deogracias dereck derek desiderio desiree deyvid diana diego digna dilan dilia dimas dina diogenes dionisio
dolly dolores domenica dominga domingo dominique donato dora doris dorotea doroteo dulce dylan edelina
edelmira edelmiro edgar edgardo edison edith edmundo edna eduar eduarda eduardo eduvigis edwin efrain efren
egidio egle eileen eladio elba elcira eleazar elena eleodoro eleuterio elian eliana elias elida eliecer elina
elio elisa elisabet eliseo elizabeth elkin elmer elodia eloina eloisa eloy elpidio elsa elvia elvira ema
emanuel emely emerita emerson emeterio emigdio emilia emiliana emiliano emilio emily emma emmanuel emperatriz
encarnacion enedina eneko engracia enoc enrique enriqueta enzo epifanio erasmo erasto ercilia eric erica erick
erik erika erlinda ermenegildo erminia ernestina ernesto esau escarlet esmeralda esperanza estanislao esteban
estefania estefany estela estelita ester esteven esther estiven estrella estrellita etelvina ethan eudaldo
eudocia eudora eufemia eufemio eufrosina eugenia eugenio eulalia eulalio eulogia eulogio eusebia eusebio
eustaquio eva evangelina evaristo evelia evelin evelio evelyn everth exequias exequiel ezequias ezequiel
fabian fabiana fabio fabiola fabriciana fabrizio facundo fanny fatima faustino fausto federica federico fedor
felicia feliciano felicidad felicitas felipa felipe felisa felix fermin fernanda fernandina fernando fidel
fidela fidelia fidencio filemon filiberto filomena flavia flavio flor florencia florencio florentina
florentino florian floridalma florinda florindo fortunato francesca franchesca francina francisca francisco
francisquita franco franklin freddy fredy fresia froilan fructuoso fulgencio gabina gabino gabriel gabriela
gabriella gael galo galvarino gardenia gaspar gaston gaudencia gaudencio gedeon gema gemma genara genaro
genesis genoveva georgina geovanny geraldine geraldo gerardo german geronimo gertrudis gervasio gianella
gianfranco gianluca gil gilberta gilberto gilda gimena gina ginette giovanna giovanni gisela giselle gisselle
giuliana giuseppe gladys gloria godofredo gonzalo gorka gracia graciana graciano graciela gregorio greta
griselda guacolda guadalupe gualberto guido guillem guillermina guillermo gumercindo gumersinda gustavo hanz
harold haydee hector heidi heliodoro henry heraclio herculano heriberto hermelinda hermenegildo hermes hermila
herminda herminia hermogenes hermosina hernaldo hernan hernando higinio hilaria hilario hilarion hilda hilton
hipolita hipolito homero honorato honoria honorio horacio hortencia hortensia hortensio hugo humberto ian ibai
idalia idania idelfonso ifigenia ignacia ignacio iker ilan ilda ildefonso ileana ilia iliana ilse imelda inaki
indira ines ingrid inigo inmaculada inocencia inocencio inti iracema irasema irene irina iris irma isaac
isabel isabela isabelita isabella isadora isai isaias isaura isauro isidora isidoro isidro ismael ismenia
isolina israel itzel itziar ivan ivana ivania iveth ivette ivonne izan jacinta jacinto jacobo jacquelin
jacqueline jael jaider jaime jair jairo janet janeth janine jaqueline jason javier javiera jazmin jeanette
jeanine jeannette jefferson jeison jenaro jenifer jeniffer jennifer jenny jennyfer jeremias jeremy jeronimo
jesica jessenia jessica jesus jesusa jeyson jhair jhoana jhon jhonatan jhonny jhordan jimena joan joana
joaquin joaquina jocelyn jocelyne joel johana johanna john johnny jon jonas jonatan jonathan jordan jordi
jorge josefa joselin joselyn josette joshua josias josselyn josue jovina jovino jovita juan juana juanita
judith julia julian juliana juliet julieta julio julissa justa justina justiniana justino justo juvenal kai
kalfu karen karina karla karol karolina katalina katherin katherine kathy katiuska kattia katty keila kelly
kendry kenia kenny kevin keyla kiara kimberley kimberly kleber ladislao ladys laia lara laura laureano
laurentina lautara lautaro lazaro leandro leider leidy leila lenin leo leocadio leon leonardo leoncio leonel
leonela leonidas leonila leonor leonora leontina leopoldo leslie lesly leticia leyla lia liam libertad libia
liborio licarayen lidia ligia lila lilia lilian liliana lilibeth lily lina lindor lino lisandro lisardo
lisbeth liseth lisette lissette liz lizandro lizbeth lizeth lluis loida lola longinos lorena lorenza lorenzo
loreto lourdes luca lucelly lucero luciana luciano lucila lucina lucinda lucindo lucio lucrecia lucrecio
ludmila luigi luis luisa luisina lujan luna lupe luperciano lupita luz luzdary luzmila luzmira macarena
macario macedonio maclovio macrina madeleine mafalda magali magaly magdalena magdaleno maggie magnolia maicol
maida maika maikol mailen maira maite maiten malen malena manfredo manuel manuela mara marbella marc marcela
marcelina marcelino marcelo marcia marcial marco marcos margarita margot margoth maria mariajose mariana
marianela marianita mariano mariapaz maribel maricarmen maricel maricela maricruz mariela marilu mariluz
marina marino mario maripaz marisa marisela marisol marite maritza marjorie marlen marlene marleni marleny
marlon marta martha martin martina martiza mateo mathias matias matilda matilde matteo maura mauricio mauro
maximilian maximiliano maximina maximino maximo maya mayela mayerli maykel maykol maylin mayra mayte medardo
melanie melany melba melchor melida melina melisa melissa meliton melquiades mercedes mercedita mercy mia
micaela michael michelle miguel mikaela mikel milady milagro milagros milan milca mildred mileidy milena
millaray milton minerva mireille mirella mireya miriam mirian mirna mirta mirtha misael modesta modesto moira
moises monica monserrat montse montserrat myriam nabor nadia nahia nahiara nahomi nahuel nahuelpan nancul
nancy naomi napoleon narciso natalia natalie natalio nataly nathaly natividad nayade nayadet nayeli nayely
nazareno nazaret nazareth nazario neftali nehuen nelba nelda nelida nelly nelson nemesio nerea nestor neymar
nibaldo nicanor nicasio nicol nicolas nicolasa nicole nicomedes nidia nieves nil nilda nilsa nilson nina ninfa
nivia noa noah noel noeli noelia noemi nolberto nora norberto norka norma nuria obdulia obdulio octavia
octavio odalys odette odilon ofelia olegario olga olimpia olinda olivia omar onelia onesimo onofre orestes
orfelina orfeo oriana oriel oriol orlando oscar osiel osiris osmar osvaldo oswaldo otilia otoniel ovidio pablo
paloma pamela panfilo pantaleon paola paolo pascal pascale pascasio pascual pascuala pascualina pastora
patricia patricio patrocinio paty pau paula paulette paulina paulino paulo paz pedro pelayo pere peregrina
perla petra petronila pia piedad piero pilar pilmaiquen pio placido pol policarpo pompeyo porfirio praxedes
presentacion primitivo priscila prisciliano procopio prospero prudencia prudencio publio purificacion purisima
quim quintin quirino rafael rafaela rafaelina raimundo ramiro ramon ramona raquel raul rayen raymunda rebeca
rebeka regina regino reinaldo relmu remedios remigio renan renata renato rene renzo reyna reynaldo ricardo
rigoberto rita roberto robinson roc rocio rodolfo rodrigo rogelio rolando roman romane romanet romelia romina
romualdo romulo rony rosa rosalba rosalia rosalinda rosalindo rosalio rosalva rosamaria rosamel rosana rosario
rosaura rosauro rosendo rosita rosmery rossana roxana roxanna ruben rubi rudecindo rufino ruperto rut ruth
sabina sabino sabrina sagrario salome salomon salustio salvador salvatore samanta samantha samuel sandalio
sandra sandro sandy santiago santino santos sara sarai saturnina saturnino saul sayen scarlet scarlett
sebastian secundino sefora segismundo segundo selena selma senen serafin serafina serena sergi sergio servando
severiano severino sheyla shirley silvana silveria silverio silvestre silvia silvio simeon simon sindy
sinforiano sixta sixto sneider socrates sofia sol solange soledad sonia sonsoles sophia soraya sotero stalin
stefano stefany stephanie steven stiven susan susana susej sylvia tabita tacito tadea tadeo tais tamar tamara
tania tatiana tayen tegualda telesforo teodomiro teodora teodoro teodosio teofila teofilo teresa thiago thiara
thiare thomas tiago tiare tiberio tiburcio timoteo tirso tobias tomas tomasa toribio trini trinidad tristan
tupac ubaldina ubaldo uberlinda ulises unai urbano ursula valdemar valentin valentina valentino valeria
valeriano valerio valery valesca valeska vanesa vanessa vania venancio venustiano verena veronica vicenta
vicente vicenzo victor victoria vilma violeta violetta virgilio virginia vitalia vitalicio vittorio vivian
viviana vladimir waldemar waldo walkiria walter washington wenceslao wendolyn wendy wilber wilberto wilfredo
williams wilma wilmer wilson wladimir xabier xavi xavier xaviera ximena xiomara xochitl yadira yael yahir yair
yajaira yamil yamila yamile yamilet yamileth yanara yaneli yanet yaneth yanina yanira yaqueline yarela yaritza
yasmin yasna yazmin yeferson yeison yennifer yenny yerco yerko yesenia yesica yessenia yessica yimmy yoana
yocelyn yohan yohana yohanna yolanda yonatan yordan yordi yorka yoselin yoselyn yudith yulian yuliana yuri
zacarias zaid zaida zaira zenaida zenobia zenon zobeida zoe zoila zoilo zoraida zulema zully zulma zunilda
`);

/** Spanish diminutives and nicknames (Chile first) that are not also listed as given names. */
export const spanishNicknames: readonly string[] = words(`
agu agus ale anto bea bego belu benja benji beto cami cande carmencita carmucha caro cata cati ceci chabe
chabela chabelita chalo chari charito charo chava chavo chayito chayo cheche chechi checho chela cheli chelita
chelito chelo chema chente chepa chepe chicho chio chiqui chucho chus chuy coco coni consuelito cony cote cris
cuqui dani danny dany eli ely emi fabi facu fede feli fena fer ferchu fito flo flopi fran gabi gaby gonchi
gonza gonzo guille gus gusti guto ignacito isa isi isita javi javo jorgito jotape juampi juanca juancho
juancito juanito juanjo juanpa juli juliancito kata kathe kati katy kike kiko lala lali lalita lalo leito lili
loli lolita lolo lucha luchito lucho luci lucre lucy lula lulu maca mague magui mai maiki manolito manolo manu
marce mari marti martincito martu mati maty maxi mecha meche mechita memo mencha merche mica mickey migue mike
mila mili mimi momo monchi moncho moni nacha nachete nachi nachin nachita nachito nacho nando nati nelo nely
nena nene neno nico paca pachi pachita paco pame pancha panchi panchita panchito pancho pao paquita paquito
pati pato pauli pauly pedrito pepa pepe pepi pepin pepis pepita pepito pepo pepon pilarica pili pilucha pily
pipe pochi pochita polo poncho queca quico quique rafa rafita rami richard richi richo ricky robe rober rodo
rodri roli rolo romi rosarito rosi rosy santi seba sofi sole susy tami tano tatan tati tatin tato tavo techi
tencha tere tete tina tincho tita titi titin tito tolo tomasito tomi tommy tomy tona tono tota toti toto toya
vale vane vero vicho vicky viky vivi vivy xime yoli yoya yoyi zule
`);

/** English given names. */
export const englishGivenNames: readonly string[] = words(`
aaliyah aaron abbey abbie abbigail abby abdullah abel abigail abraham abram ada adalyn adalynn adam adan
addison adelaide adele adeline adonis adrian adriana adrianna adrienne agatha agnes ahmad ahmed aidan aiden
aileen ailsa aimee ainsley aisha aisling alaina alan alana alanna alayna albert alberta alberto aldo alec
alejandra alejandro alessia alex alexa alexander alexandra alexandria alexia alexis alfie alfonso alfred ali
alice alicia alina alisa alisha alison alissa alistair alivia aliyah allan allen allie allison ally allyson
alma alondra alonzo althea alvin alyson alyssa alyvia amanda amani amara amari amaris amaya amber ambrose
amelia amelie amir amirah amiyah amos amy anakin anastacia anastasia anaya anderson andre andrea andres andrew
andy angel angela angelica angelina angelique angelo angie angus anika anita aniyah ann anna annabel annabella
annabelle annalise annamarie anne annie annika anson anthony antoine antoinette antonio anya aoife apollo
april arabella aracely archer archie ares aretha ari aria ariana arianna ariel arielle ariyah arlene arlo
armando arnold aron arthur arturo arya ashanti asher ashlee ashleigh ashlyn ashton aspen astrid athena atticus
aubree aubrey aubrie aubrielle audra audrey august augustus aurora austin autumn ava avery axel ayanna ayla
aylin azalea bailey barbara barnaby barry bastian beatrice beatrix beau beckett becky belinda bella belle ben
benedict benjamin bennett benny benson bentley bernadette bernard bernice bert bertie beth bethanie bethany
betsy betty beverley beverly bianca bill billie billy bjorn blair blake blakely blanche blythe bob bobbie
bobby bode boden bonnie bowen boyd bradley brady branden brandi brandon brandy braxton brayden breanna bree
brenda brendan brendon brenna brennan brent brenton bret brett brian briana brianna brianne brice bridget
bridgette brielle britney brittany brittney brock brody bronson brooke brooklyn brooklynn bruce bruno bryan
bryant bryce brynlee brynn bryony bryson buck byron cade cadence caiden caitlin caitlyn caleb cali callie
callum calvin camden cameron camila camilla camille candace candice cara carissa carl carla carley carlos
carlton carly carmen carol carole caroline carolyn carrie carson carter carys casey casper cassandra cassidy
cassius catherine cathy cayden cecil cecilia cecily cedric celeste celia celine ceri cerys chad chaim chandler
chanel charity charlee charlene charles charlie charlotte chase chelsea chelsey cheryl chester cheyanne
cheyenne chloe chris christa christian christiana christie christina christine christopher christy cian ciara
ciera cindy claire clara clarence clarissa clark claude claudia clayton clemency clement clementine cleo
clifford clint clinton clive clyde cody cohen colby cole colin colleen collin colton conan connie connor conor
conrad constance cooper cora coral corbin corey corinne cornelius cortez cory courtney craig cressida crispin
cristian crystal cullen curtis cynthia cyril cyrus dahlia daisy dakota dale daleyza dallin dalton damian
damien damon dan dana dane danica daniel daniela danielle danny dante daphne darcey darcy darian dariel darius
darla darlene darnell darren darryl daryl dashawn dasia dave david davina davion dawn dawson dax dayna dayton
deacon dean deandre deangelo deanna debbie deborah debra declan deja delaney delbert delilah della demarcus
demetrius demi denise dennis derek derick dermot derrick deshawn desirae desiree desmond destiny devante devin
devon dewey dexter diana diane dianne diego dillon dixie dolores dominic dominick dominique dominque donald
donna donnie donovan dora doreen dorian doris dorothy dottie douglas doyle drake drew duane duncan dustin
dwayne dwight dylan eamon earl easton ebony eddie eden edgar edgardo edison edith edmund edna edward edwin
efrain eileen eilidh elaine eleanor elena eli eliana elias elijah eliot elise elisha eliza elizabeth ella elle
ellen elliana ellianna ellie elliot elliott ellis elmer elmo eloise elowen elsa elsbeth elsie elspeth elton
emanuel emberly emely emerson emersyn emery emil emilia emiliano emilio emily emma emmanuel emmett emmitt
enoch enzo ephraim eric erica erik erika erin ernest ernie ervin erykah esme esmeralda esperanza esteban
estelle esther ethan ethel eugene eva evan evander evangelina evangeline eve evelyn everett everette everleigh
everly evie ewan ezekiel ezra fabian faith fallon fatima faye federico felicia felicity felix fenella fergus
fern fernando ffion finley finn fiona fletcher fleur flora florence floyd flynn forrest frances francesca
francine francis francisco frank frankie franklin fraser fred freda freddie freddy frederick freya gabriel
gabriela gabriella gabrielle gael gage gail gareth garett garrett garrison gary gavin gaynor gemma gene
genesis george georgia georgie georgina geraint gerald geraldine gerard gerardo gertrude gethin gianna gideon
gilbert gilberto gillian gina ginger ginny giovanni gladys glen glenda glenn glenys gloria godfrey gordon
gordy grace gracelyn precious providence blessing gracie graciela grady graeme graham grant grayson greg gregor gregory greta griffin
guillermo gunnar gunner gus gwen gwendolyn gwilym gwyneth hadley hailey haley halle hallie hamza hank hanna
hannah harlan harley harmony harold harper harriet harriett harrison harry harvey hassan hattie hayden
hayleigh hayley hazel heath heather hector heidi helen helena henley henrietta henry herbert herman hermione
hezekiah hilary hillary hollie hollis holly homer hope howard hubert hudson hugh hugo humphrey hunter huxley
hywel iain ian ibrahim ieuan ike iliana imani imogen ingrid innes iona irene iris irvin irving isaac isabel
isabella isabelle isaiah isaias isidro isla ismael isobel israel itzel ivan ivana ivy jabari jace jack jackson
jacob jacqueline jacquelyn jada jade jaden jago jaime jake jakob jalen jaliyah jamal jamar jamari james
jameson jamie jamila jamison jana janae jane janelle janet janice janie janiyah jaquan jared jarod jarrett
jarvis jasmin jasmine jason jasper javier javon jax jaxon jaxson jay jayce jayden jayla jaylen jayne jean
jeanette jeanne jeff jefferson jeffery jeffrey jemima jenifer jenna jennifer jenny jensen jerald jeremiah
jeremy jermaine jerome jeromy jerry jessamy jesse jessenia jessica jessie jesus jett jill jillian jim jimmy
joan joann joanna joanne joaquin jocelyn jodie jody joe joel joelle joey johanna john johnathan johnathon
johnny jolene jolie jolyon jon jonah jonas jonathan jonathon jordan jordyn jorge joseph josephine josh joshua
josiah josie journee jovani joy joyce juan juanita judah jude judith judy julia julian juliana julie juliet
juliette julio julius june junior juniper justin justine kaden kai kaia kaiden kailani kaitlin kaitlyn kamari
kamila kane kara kareem karen kari karina karissa karl karla kasey kash kassandra kate katelyn katelynn
katherine kathleen kathryn kathy katie katrina kay kayden kayla kaylee kayleigh kaylin kaylynn keegan keely
keenan kehlani keira keisha keith kellan kelli kellie kelly kelsey kelsie kelvin kendall kendra kendrick kenji
kenna kennedy kenneth kenny kent kenton kenzie keon keri kerry kerys keshawn kevin khalil kian kiana kiara
kieran kierra kiley killian kimber kimberly kingston kinley kinsley kira kirk kirsten kirsty knox kobe krista
kristen kristian kristin kristina kristine kristopher kristy kurt kyla kyle kyler kylie lacey lachlan lacie
laila lainey lakeisha lamar lamont lana lance landon lane laquita lara larissa larry latasha latisha latoya
laura lauren laurence laurie lawrence layla layne leah leann leanne leighton leila leland lena lennon lennox
lenny leo leon leona leonard leonardo leonel leroy lesley leslie lester levi lewis lewys lexi leyla lia liam
lila lilah liliana lillian lilliana lilly lily lincoln linda lindsay lindsey linus lionel lisa lisette liza
lizbeth lloyd logan lois lola londyn lonnie lorcan lorelai lorelei lorena lorenzo loretta lori lorna lorne
lorraine lottie louis louise lowell lowri luca lucian luciano lucille lucy luis luka luke luna luther lydia
lyla lyle lynda lynn lynne mabel mackenna mackenzie madalyn maddison maddox madeleine madeline madelyn madison
mae maeve maggie magnolia magnus mairead maisie maisy makayla makenna makenzie malachi malcolm malik maliyah
mallory mandy manuel mara marc marcel marcella marcia marco marcos marcus maren margaret margo margot maria
mariah marian mariana mariano marie marilyn marina mario marion marisa marissa maritza marjorie mark marlene
marley marlon marnie marquis marquise marshall martha martin marvin mary maryann mason mateo mathew matilda
matt matteo matthew maude maureen maurice maverick max maximilian maximus maxine maxwell may maya mayra
mckenna megan meghan mekhi melanie melina melinda melissa melody melvin mercedes mercy meredith merle mhairi
mia micah michael michaela micheal michelle mickey miguel mike mila milani mildred miles millie milo mindy
miranda miriam misty mitchell mohamed mohammed moises molly mona monica monique morag morgan moses muhammad
mungo muriel murphy murray mya myah myfanwy myles myra nadia nadine nancy naomi nash nasir natalee natalia
natalie natasha nathalie nathan nathaniel nayeli nehemiah neil nelson nerys nestor nevaeh neville nia niall
niamh nicholas nick nico nicolas nicole nigel nikolai nina ninian noah noel noelle nola nolan noor nora norah
norma norman nyla oakley oaklynn octavio odin oisin olive oliver olivia ollie olwen omar orion orla orlaith
orlando orson orville oscar osian osvaldo otis otto owain owen pablo paige paisley palmer pamela parker
patience patricia patrick patsy paul paula pauline paxton pearl pedro peggy penelope penny percy peregrine
perla perry peta pete peter peyton phil philip philippa phillip phoebe phyllis pierce pierre piers piper pippa
polly poppy preston primrose priscilla priya prudence quentin quincy quinn rachel raegan raelynn ralph ramiro
ramon randall randolph randy raphael raquel rashad raul raven ray raymond reagan rebecca rebekah reed reese
reggie regina reginald reid remi remy rene renee reuben rex reyna rhett rhiannon rhodri rhonda rhydian rhys
ricardo richard richie rick ricky rigoberto rihanna riley rita robbie robert roberta roberto robin robyn rocco
rochelle rodney rodolfo rodrigo rogelio roger rohan roisin roland rolando roman ron ronald ronan ronnie
roosevelt rory rosa rosalie rosalind rosamund roscoe rose rosemary rosie ross rowan rowland roxanne roy royce
ruairi ruben ruby rudy rufus rupert russ russell rusty ruth ryan ryder ryker rylee rylie sabina sabrina sadie
sage sally salvador sam samantha sammy samuel sandra sandy santiago santino saoirse sara sarah sariah sasha
saul savannah sawyer saylor scarlett scott scottie seamus sean sebastian sebastien selah selena seren serena
serenity sergio seth shamus shane shanice shanika shaniqua shannon sharon shaun shawn shawna shay shayla shea
sheila shelby sheldon shelley sheri sherry shirley shona sian sidney sienna silas simon sinead siobhan skye
skylar skyler sloane sofia solomon sonia sonny sonya sophia sophie spencer stacey stacie stacy stanley stefan
stella stephanie stephen sterling steve steven stevie stewart stuart sullivan summer susan susanna susannah
suzanne sydney sylvester sylvia tabitha talon tamara tamika tammy tamsin tania tanisha tanner tanya tara
tarquin tate tatiana tatum taylor teagan ted teddy tegan tenley terence teresa terrance terrell terrence terry
tessa thad thaddeus thea theo theodore theresa thomas thomasina tiana tiffany tilly tim timothy tina tobias
tobin todd tom tomas tommie tommy toni tony tonya tori torquil tracey tracie tracy travis tremaine trent
trenton trevor trey trinity tripp trisha tristan tristen troy truman trystan tucker ty tyler tyra tyree tyrell
tyrone tyshawn tyson ulysses uriel valentina valeria valerie vanessa vaughn vera verity vernon veronica
vicente vicki vickie victor victoria vince vincent violet virgil virginia vivian viviana vivienne wade walker
wallace walter wanda warren wayne wendell wendy wesley weston whitney wilbur wilfred wilfredo wilfrid will
willard william willie willow wilma wilson winifred winston wolfgang woodrow wren wyatt wynn wynne xavier
ximena xzavier yara yasmin yasmine yolanda yusuf yvette yvonne zach zachariah zachary zack zaire zander zane
zara zaria zayden zayn zeke zelda zion zoe zoey zuri
`);

/** English diminutives and nicknames that are not also listed as given names. */
export const englishNicknames: readonly string[] = words(`
abe addie aggie alf andi artie ash aubs augie babs barb barney bart bea becca benji benjy bernie bess bessie
bets bev bibi birdie bobbi brad bram brie brit britt bubba buddy cal cam cami cass cassie caz cece charley
chas chaz chelle cherie chet chrissie chrissy chuck cissy clem cliff cori cris dani danni dannie davey davy
deb debby dede dee dex dickie dina dodie dolly dom donny dotty doug dusty ed eddy effie elly ely emmie emmy
essie etta evy fanny fay ferdie fergie fifi fitz fliss flo flossie fran franky franny fritz gabby gabe gaz
geoff gerry gert gertie gigi gil ginnie gordie gussie hal hettie hetty hil iggy issy izzie izzy jackie jacky
jase jeannie jeb jem jemma jen jenn jerr jess jez jimbo jimmie jo jodi johnnie jojo jools jules kaity kat kati
katy ken kev kiki kim kitty kris krissy len lettie lew lexie libby liddy lil lindy liv livvy liz lizzie lizzy
lolly lou louie lulu mabs mack maddie maddy madge mads mags mamie manda mannie manny marcy marge margie marty
mattie matty maxie maz meg meggie mel micky mikey milly mimi minnie missy mitch moe mollie monty nando nat
nate ned nell nellie nessa nessie netty nicky nikki nils noni obie ozzie paddy pam pammy pat patti patty pauly
peg pippi reenie rena ricki rob robby roddy rodge rolly ronny rosy roxy roz saffy sal sammie sandie shelly sid
stace stan steffi steph stu sue suki sukie sunny susie suze suzy tabby tash teri terri tess tessie tilda
tillie timmy tippi tish toby topher trina trish trixie trudie trudy val vern vic vicky vinnie vinny viv wally
walt wes wilf willa wills willy winnie woody xander zac zak ziggy
`);

/** Every given name and nickname above, folded. */
export const givenNames: ReadonlySet<string> = new Set([
  ...spanishGivenNames,
  ...spanishNicknames,
  ...englishGivenNames,
  ...englishNicknames,
]);
